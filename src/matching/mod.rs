//! Matching the items of two sections: which are the same item (shared) and which are
//! the same thing in other words (similar).

mod assign;
mod normalize;

pub use assign::{Candidate, assign};
pub use normalize::{normalize, tokens};

use std::collections::HashMap;

use crate::role::Item;

/// How the items of two sections line up.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Alignment {
    /// Pairs that are the same item; score 1.0.
    pub shared: Vec<Candidate>,
    /// Pairs that are the same thing in other words, with their score.
    pub similar: Vec<Candidate>,
}

/// Decides which items of two sections are the same.
#[derive(Debug, Clone, Default)]
pub struct Matcher {}

impl Matcher {
    /// A matcher with the shared tier only: normal forms and `aka`.
    #[must_use]
    pub fn new() -> Self {
        Matcher {}
    }

    /// Aligns the items of `a` with those of `b`, one to one.
    #[must_use]
    pub fn align(&self, a: &[&Item], b: &[&Item]) -> Alignment {
        let keys_a: Vec<ItemKeys> = a.iter().map(|item| ItemKeys::of(item)).collect();
        let keys_b: Vec<ItemKeys> = b.iter().map(|item| ItemKeys::of(item)).collect();
        // Index the second role's spellings so that only items sharing one are scored.
        let mut index: HashMap<&str, Vec<usize>> = HashMap::new();
        for (j, kb) in keys_b.iter().enumerate() {
            for key in &kb.all {
                index.entry(key.as_str()).or_default().push(j);
            }
        }
        let mut candidates = Vec::new();
        for (i, ka) in keys_a.iter().enumerate() {
            let mut partners: Vec<usize> = ka
                .all
                .iter()
                .filter_map(|key| index.get(key.as_str()))
                .flatten()
                .copied()
                .collect();
            partners.sort_unstable();
            partners.dedup();
            for j in partners {
                let strength = if ka.name == keys_b[j].name { 2.0 } else { 1.0 };
                candidates.push(Candidate {
                    a: i,
                    b: j,
                    score: strength,
                });
            }
        }
        let shared = assign(candidates, a.len(), b.len())
            .into_iter()
            .map(|c| Candidate { score: 1.0, ..c })
            .collect();
        // The similar tier (token similarity) fills `similar`; the shared tier leaves it empty.
        Alignment {
            shared,
            similar: Vec::new(),
        }
    }
}

/// The normal forms under which an item is known: its name and its `aka` spellings.
struct ItemKeys {
    name: String,
    all: Vec<String>,
}

impl ItemKeys {
    fn of(item: &Item) -> Self {
        let name = normalize(&item.name);
        let mut all: Vec<String> = std::iter::once(name.clone())
            .chain(item.aka.iter().map(|aka| normalize(aka)))
            .collect();
        all.sort_unstable();
        all.dedup();
        ItemKeys { name, all }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aligned(a: &[Item], b: &[Item]) -> Vec<(usize, usize)> {
        let a: Vec<&Item> = a.iter().collect();
        let b: Vec<&Item> = b.iter().collect();
        Matcher::new()
            .align(&a, &b)
            .shared
            .iter()
            .map(|c| (c.a, c.b))
            .collect()
    }

    #[test]
    fn normal_forms_and_aka_are_shared() {
        let aws = Item {
            name: "AWS".into(),
            aka: vec!["Amazon Web Services".into()],
            ..Item::default()
        };
        let a = [Item::named("Healthcare"), aws, Item::named("C")];
        let b = [
            Item::named("Amazon Web Services"),
            Item::named("C++"),
            Item::named("healthcare "),
        ];
        assert_eq!(aligned(&a, &b), [(0, 2), (1, 0)]);
    }

    #[test]
    fn an_exact_name_beats_an_aka() {
        let a = [Item {
            name: "ML".into(),
            aka: vec!["machine learning".into()],
            ..Item::default()
        }];
        let b = [Item::named("Machine learning"), Item::named("ml")];
        assert_eq!(aligned(&a, &b), [(0, 1)]);
    }
}
