//! Measures `find` on names it has never seen, in every group of occupations: every
//! seventh alias and `also_called` title of each role of the O*NET import is taken out of
//! the library and searched for; a role that had it counts as found. The ESCO titles of
//! `tune-find` cover SOC major groups 11-29 only; this tells whether weights chosen there
//! hold in groups 31-53 (service, sales, office, construction, production, transport).
//!
//!     cargo run --release --example holdout-find
//!
//! Prints, for each setting of the names' weight and the bag of names' weight, the share
//! of held-out names whose role is first and in the first five, by group.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rolediff::analysis::find::{FindIndex, FindWeights};
use rolediff::role::Role;

#[path = "../benches/support/related_eval.rs"]
#[allow(dead_code)]
mod related_eval;

/// Every seventh name held out.
const EVERY: usize = 7;

fn main() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut roles = related_eval::imported_roles(&shared.join("onet/db_30_1_text"));
    let owners = owners_of_names(&roles);
    let held = hold_out(&mut roles);
    let index = FindIndex::build(&roles);
    for title_names in [0.3, 0.4, 0.5, 0.6] {
        for all_names in [0.0, 0.1, 0.2, 0.4] {
            let weights = FindWeights {
                title_names,
                all_names,
                ..FindWeights::default()
            };
            let mut groups: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
            for (name, major) in &held {
                let found = index.search_with(name, &weights);
                let gold = &owners[&name.to_lowercase()];
                let rank = found
                    .iter()
                    .take(5)
                    .position(|(role, _)| gold.contains(role));
                let group = if *major <= 29 { "11-29" } else { "31-53" };
                let [count, first, five] = groups.entry(group).or_default();
                *count += 1;
                *first += usize::from(rank == Some(0));
                *five += usize::from(rank.is_some());
            }
            for (group, [count, first, five]) in groups {
                let share = |n: usize| n as f64 / count as f64;
                println!(
                    "title_names {title_names} all_names {all_names} groups {group}: {count} names, first {:.3} top 5 {:.3}",
                    share(first),
                    share(five)
                );
            }
        }
    }
}

/// The roles that have each name (lower case) among their aliases or `also_called`.
fn owners_of_names(roles: &[Role]) -> BTreeMap<String, BTreeSet<usize>> {
    let mut owners: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (index, role) in roles.iter().enumerate() {
        for name in role.aliases.iter().skip(1).chain(&role.also_called) {
            owners.entry(name.to_lowercase()).or_default().insert(index);
        }
    }
    owners
}

/// Takes every seventh name (not the code, the first alias) out of each role; returns each
/// with the SOC major group of its role.
fn hold_out(roles: &mut [Role]) -> Vec<(String, usize)> {
    let mut held = Vec::new();
    for role in roles {
        let major: usize = role.aliases[0][..2].parse().unwrap_or(0);
        let mut seen = 0;
        let mut keep = |name: &String| {
            seen += 1;
            if seen % EVERY == 0 {
                held.push((name.clone(), major));
                false
            } else {
                true
            }
        };
        let code = role.aliases.remove(0);
        role.aliases.retain(&mut keep);
        role.also_called.retain(&mut keep);
        role.aliases.insert(0, code);
    }
    held
}
