//! Measuring `find` and `similar` on real job ads: `../shared/eval/jobads-dev.jsonl` (each ad
//! with its title, its text, and the O*NET occupation it was collected under), read as
//! postings and searched among the roles of the O*NET import. Shared by the correctness
//! test and the example that prints the figures (which measure with `find_eval.rs`'s
//! `first_and_top_five`); nothing at run time reads the file.

use std::path::Path;

use rolediff::library::known_names_of;
use rolediff::matching::Vocabulary;
use rolediff::role::Role;
use rolediff::role::posting::{KnownNames, read_posting};

/// One ad: its title, its text, and its O*NET code.
pub struct Ad {
    pub title: String,
    pub text: String,
    pub code: String,
}

impl Ad {
    /// The ad as a person would save it: the title on the first line, then the text.
    pub fn document(&self) -> String {
        format!("{}\n\n{}", self.title, self.text)
    }

    /// Whether a role is the ad's occupation at the 6-digit SOC (`15-2051` of
    /// `15-2051.01`); `exact` asks for the whole O*NET code.
    pub fn is_gold(&self, role: &Role, exact: bool) -> bool {
        let code = role.aliases.first().map_or("", String::as_str);
        if exact {
            code == self.code
        } else {
            code.get(..7) == self.code.get(..7)
        }
    }

    /// The rank (from 0) of the first gold role of `found`.
    pub fn rank_in(&self, roles: &[Role], found: &[(usize, f64)], exact: bool) -> Option<usize> {
        found
            .iter()
            .position(|&(role, _)| self.is_gold(&roles[role], exact))
    }
}

/// The ads of the file at `path`.
pub fn ads(path: &Path) -> Vec<Ad> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let value: serde_json::Value = serde_json::from_str(line).unwrap();
            let field = |key: &str| value[key].as_str().unwrap_or_default().to_owned();
            Ad {
                title: field("title"),
                text: field("text"),
                code: field("onet"),
            }
        })
        .collect()
}

/// The names a posting may mention, as the library gathers them for `roles` and the
/// built-in vocabulary.
pub fn known_names(roles: &[Role]) -> KnownNames {
    known_names_of(roles, &Vocabulary::built_in())
}

/// The ad read as a posting.
pub fn posting(ad: &Ad, known: &KnownNames) -> Role {
    read_posting(ad.document().as_bytes(), Path::new("ad.txt"), "ad", known)
        .expect("an ad reads as a posting")
        .role
}
