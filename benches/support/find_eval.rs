//! Measuring `find` on real data: the ESCO occupations of `../shared/eval/esco-titles-dev.tsv`
//! (title, description, and the O*NET codes the ESCO-O*NET crosswalk matches them with),
//! searched among the roles of the O*NET import. Shared by the test that holds the floors
//! and the example that tunes the weights; nothing at run time reads the file.

use std::path::Path;

use rolediff::role::Role;

/// One case: an ESCO occupation and its gold O*NET codes.
pub struct Case {
    pub title: String,
    pub description: String,
    pub gold: Vec<String>,
}

impl Case {
    /// The text searched for: the title, or the title and the description.
    pub fn query(&self, with_description: bool) -> String {
        if with_description {
            format!("{} {}", self.title, self.description)
        } else {
            self.title.clone()
        }
    }

    /// The rank (from 0) of the first role of `found` whose code (its first alias) is gold.
    pub fn rank_in(&self, roles: &[Role], found: &[(usize, f64)]) -> Option<usize> {
        found
            .iter()
            .position(|&(role, _)| self.gold.iter().any(|gold| *gold == roles[role].aliases[0]))
    }
}

/// The cases of the file at `path`.
pub fn cases(path: &Path) -> Vec<Case> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let (title, description, gold) = (fields.next()?, fields.next()?, fields.next()?);
            Some(Case {
                title: title.to_owned(),
                description: description.to_owned(),
                gold: gold.split(',').map(|code| code.trim().to_owned()).collect(),
            })
        })
        .collect()
}

/// The share of ranks that are first, and that are in the first five.
pub fn first_and_top_five(ranks: impl Iterator<Item = Option<usize>>) -> (f64, f64) {
    let (mut count, mut first, mut five) = (0usize, 0usize, 0usize);
    for rank in ranks {
        count += 1;
        first += usize::from(rank == Some(0));
        five += usize::from(rank.is_some_and(|rank| rank < 5));
    }
    let count = count.max(1) as f64;
    (first as f64 / count, five as f64 / count)
}
