//! What a table with a width shows of a long list or a long path: the first aliases and how
//! many more (`Acute Care Nurse, ICU Nurse, +27 more`), a role file by its folder. Tables
//! without a width, and JSON, TSV and CSV, show everything whole.

use std::path::Path;

/// The most characters of aliases a table shows before it counts the rest.
const ALIASES_SHOWN_CHARS: usize = 60;

/// The most characters of a folder's path a table shows before it keeps only its last two
/// names (`.../rolediff/roles/`).
const FOLDER_SHOWN_CHARS: usize = 32;

/// `aliases` joined by commas: all of them when `whole`, else as many as fit in
/// [`ALIASES_SHOWN_CHARS`] (at least one) and `+N more`.
#[must_use]
pub fn aliases(aliases: &[String], whole: bool) -> String {
    if whole {
        return aliases.join(", ");
    }
    let mut shown: Vec<&str> = Vec::new();
    let mut length = 0;
    for alias in aliases {
        let added = alias.chars().count() + if shown.is_empty() { 0 } else { 2 };
        if !shown.is_empty() && length + added > ALIASES_SHOWN_CHARS {
            break;
        }
        shown.push(alias);
        length += added;
    }
    let more = aliases.len() - shown.len();
    if more == 0 {
        shown.join(", ")
    } else {
        format!("{}, +{more} more", shown.join(", "))
    }
}

/// Where a role file is, for a table: its folder, ending in `/` (the file is the role's id,
/// which the table shows), shortened to its last two names when long. `built-in` stays.
#[must_use]
pub fn source(source: &str) -> String {
    if source == "built-in" {
        return source.to_owned();
    }
    let folder = Path::new(source)
        .parent()
        .map(|folder| folder.to_string_lossy().into_owned())
        .unwrap_or_default();
    if folder.is_empty() {
        return "./".to_owned();
    }
    if folder.chars().count() <= FOLDER_SHOWN_CHARS {
        return format!("{folder}{}", std::path::MAIN_SEPARATOR);
    }
    let separator = std::path::MAIN_SEPARATOR_STR;
    let mut last_two: Vec<String> = Path::new(&folder)
        .components()
        .rev()
        .take(2)
        .map(|name| name.as_os_str().to_string_lossy().into_owned())
        .collect();
    last_two.reverse();
    format!("...{separator}{}{separator}", last_two.join(separator))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(count: usize) -> Vec<String> {
        (1..=count).map(|n| format!("Nurse {n}")).collect()
    }

    #[test]
    fn a_long_list_of_aliases_is_counted_after_the_first_few() {
        let text = aliases(&names(30), false);
        assert!(text.starts_with("Nurse 1, Nurse 2, "), "{text}");
        // Six names of 7 characters and their commas: 52; a seventh would make 61.
        assert!(text.ends_with("Nurse 6, +24 more"), "{text}");
    }

    #[test]
    fn a_short_list_or_a_whole_one_is_shown_whole() {
        assert_eq!(aliases(&names(2), false), "Nurse 1, Nurse 2");
        assert_eq!(aliases(&names(30), true), names(30).join(", "));
        assert_eq!(aliases(&[], false), "");
    }

    #[test]
    fn one_alias_longer_than_the_limit_is_still_shown() {
        let long = vec!["x".repeat(80), "y".to_owned()];
        assert_eq!(
            aliases(&long, false),
            format!("{}, +1 more", "x".repeat(80))
        );
    }

    #[test]
    fn a_role_file_is_shown_by_its_folder() {
        assert_eq!(source("built-in"), "built-in");
        assert_eq!(source("roles/data-manager.yaml"), "roles/");
        assert_eq!(source("data-manager.yaml"), "./");
        assert_eq!(
            source("/home/someone/.config/rolediff/roles/data-manager.yaml"),
            ".../rolediff/roles/"
        );
    }
}
