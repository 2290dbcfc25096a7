//! Snapshots of the narrow layouts: roles shaped like the O*NET import's (ids of 60
//! characters, dozens of aliases) in tables of 60 to 100 columns.

use std::path::{Path, PathBuf};

use super::*;
use crate::analysis::related::{Matrix, Neighbour};
use crate::role::Role;
use crate::role::head::Head;
use crate::role::parse::parse_role;

fn terminal(width: u16) -> Terminal {
    Terminal {
        color: false,
        width: Some(width),
    }
}

/// A role read from `yaml` as the file `folder/<id>.yaml`.
fn role(id: &str, yaml: &str) -> Role {
    let path = PathBuf::from(format!("/srv/onet-roles/{id}.yaml"));
    let mut role = parse_role(yaml.as_bytes(), &path, id).unwrap();
    role.id = id.to_owned();
    role.source = crate::role::Source::File(path);
    role
}

fn nurses() -> Vec<Role> {
    let aliases: Vec<String> = (1..=40).map(|n| format!("\"Nurse Title {n}\"")).collect();
    vec![
        role(
            "acute-care-nurses",
            &format!(
                "title: Acute Care Nurses\naliases: [{}]\nsummary: Provide advanced nursing care for patients with acute conditions.\nskills: [Critical Thinking, Active Listening]\n",
                aliases.join(", ")
            ),
        ),
        role(
            "first-line-supervisors-of-farming-fishing-and-forestry-workers",
            "title: First-Line Supervisors of Farming, Fishing, and Forestry Workers\naliases: [Farm Foreman, Crew Leader]\n",
        ),
    ]
}

fn rendered(write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    write(&mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn widest(text: &str) -> usize {
    text.lines()
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0)
}

#[test]
fn list_of_long_ids_at_120_columns_is_records_and_at_140_a_table() {
    let roles: Vec<Head> = nurses().iter().map(Head::from).collect();
    let listed: Vec<Listed> = roles
        .iter()
        .map(|role| Listed {
            role,
            overrides: &[],
        })
        .collect();
    for width in [120, 140] {
        let text =
            rendered(|out| render_list(&listed, ListFormat::Table, false, &terminal(width), out));
        insta::assert_snapshot!(format!("list_narrow_{width}"), text);
    }
    let whole = rendered(|out| render_list(&listed, ListFormat::Table, true, &terminal(120), out));
    assert!(whole.contains("Nurse Title 40") && whole.contains("/srv/onet-roles/acute"));
}

#[test]
fn find_and_similar_with_long_ids_at_60_columns() {
    let found = vec![
        Found {
            id: "first-line-supervisors-of-farming-fishing-and-forestry-workers".to_owned(),
            title: "First-Line Supervisors of Farming, Fishing, and Forestry Workers".to_owned(),
            score: 0.58,
        },
        Found {
            id: "acute-care-nurses".to_owned(),
            title: "Acute Care Nurses".to_owned(),
            score: 0.4,
        },
    ];
    let subject = Subject::Text("farm supervisor".to_owned());
    let text = rendered(|out| {
        render_find(
            &subject,
            &found,
            false,
            FindFormat::Table,
            &terminal(60),
            out,
        )
    });
    insta::assert_snapshot!("find_narrow_60", text);
    let neighbours = vec![Neighbour {
        id: "licensed-practical-and-licensed-vocational-nurses".to_owned(),
        title: "Licensed Practical and Licensed Vocational Nurses".to_owned(),
        similarity: 0.27,
        drivers: vec!["responsibilities", "skills"],
    }];
    let text = rendered(|out| {
        render_similar(
            "Registered Nurses",
            &neighbours,
            SimilarFormat::Table,
            &terminal(60),
            out,
        )
    });
    insta::assert_snapshot!("similar_narrow_60", text);
}

#[test]
fn matrix_numbers_its_columns_or_splits_them_into_blocks() {
    let ids = [
        "registered-nurses",
        "acute-care-nurses",
        "licensed-practical-and-licensed-vocational-nurses",
        "nurse-anesthetists",
    ];
    let matrix = Matrix {
        roles: ids.iter().map(|id| (*id).to_owned()).collect(),
        similarity: (0..4)
            .map(|i| (0..4).map(|j| if i == j { 1.0 } else { 0.25 }).collect())
            .collect(),
    };
    for width in [40, 60, 100] {
        let text =
            rendered(|out| render_matrix(&matrix, MatrixFormat::Table, &terminal(width), out));
        // The table within the width; the key below holds whole ids, however long.
        let table: String = text
            .lines()
            .filter(|line| line.starts_with(['+', '|']))
            .collect::<Vec<_>>()
            .join("\n");
        assert!(widest(&table) <= usize::from(width), "{text}");
        insta::assert_snapshot!(format!("matrix_narrow_{width}"), text);
    }
}

#[test]
fn show_gives_the_sections_first_and_shortens_the_aliases() {
    let roles = nurses();
    let text = rendered(|out| render_show(&roles[0], ShowFormat::Table, false, &terminal(60), out));
    insta::assert_snapshot!("show_narrow_60", text);
    let whole = rendered(|out| render_show(&roles[0], ShowFormat::Table, true, &terminal(60), out));
    assert!(whole.contains("- Nurse Title 40"), "{whole}");
    let piped = rendered(|out| {
        render_show(
            &roles[0],
            ShowFormat::Table,
            false,
            &Terminal::default(),
            out,
        )
    });
    assert!(piped.contains("- Nurse Title 40"), "{piped}");
}

#[test]
fn a_file_is_shown_by_its_folder_only_in_a_table_with_a_width() {
    let roles: Vec<Head> = nurses().iter().map(Head::from).collect();
    let path = Path::new("/srv/onet-roles/acute-care-nurses.yaml");
    let listed = [Listed {
        role: &roles[0],
        overrides: &[],
    }];
    let piped =
        rendered(|out| render_list(&listed, ListFormat::Table, false, &Terminal::default(), out));
    assert!(piped.contains(&path.display().to_string()), "{piped}");
    let json = rendered(|out| render_list(&listed, ListFormat::Json, false, &terminal(60), out));
    assert!(json.contains(&path.display().to_string()), "{json}");
}
