//! Role ids: the only names ever turned into file paths.

/// Whether `id` is a role id: `[a-z0-9][a-z0-9-]*`.
#[must_use]
pub fn is_valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::is_valid_id;

    #[test]
    fn ids_are_lower_case_words_and_hyphens() {
        assert!(is_valid_id("ml-engineer"));
        assert!(is_valid_id("15-2051"));
        for bad in ["", "-x", "..", "../etc", "Data", "a_b", "a.yaml", "a/b"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }
}
