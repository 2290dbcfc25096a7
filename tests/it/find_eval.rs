//! `find` measured on real data: the ESCO occupations of `../shared/eval/esco-titles-dev.tsv`
//! (title, description, and the O*NET codes the ESCO-O*NET crosswalk matches them with),
//! searched among the roles of the O*NET import. The file is read here only; nothing at
//! run time reads it.

use std::path::Path;

use rolediff::analysis::find::FindIndex;
use rolediff::role::Role;

use crate::related::related_eval as eval;

#[path = "../../benches/support/find_eval.rs"]
pub(crate) mod esco;

use esco::{Case, cases, first_and_top_five};

/// The share of cases with a gold code first, and in the first five.
fn measure(
    roles: &[Role],
    index: &FindIndex,
    cases: &[Case],
    with_description: bool,
) -> (f64, f64) {
    first_and_top_five(
        cases
            .iter()
            .map(|case| case.rank_in(roles, &index.search(&case.query(with_description)))),
    )
}

#[test]
fn find_meets_its_floors_on_esco_titles() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let release = shared.join("onet/db_30_1_text");
    let titles = shared.join("eval/esco-titles-dev.tsv");
    if !release.exists() || !titles.exists() {
        crate::common::data_missing(&shared.display());
        return;
    }
    let roles = eval::imported_roles(&release);
    let index = FindIndex::build(&roles);
    let cases = cases(&titles);
    let (first, five) = measure(&roles, &index, &cases, false);
    println!(
        "find \"<title>\": first {first:.3}, top 5 {five:.3} over {} cases",
        cases.len()
    );
    let (_, described) = measure(&roles, &index, &cases, true);
    println!("find \"<title> <description>\": top 5 {described:.3}");
    // The floors: a gold code first for half of the titles, in the top five for three
    // quarters of them, and for four fifths of the titles with their description.
    assert!(first >= 0.50, "first {first:.3}");
    assert!(five >= 0.75, "top 5 {five:.3}");
    assert!(
        described >= 0.80,
        "title and description, top 5 {described:.3}"
    );
}
