//! `find` measured on real data: the ESCO occupations of `../shared/eval/esco-titles-dev.tsv`
//! (title, description, and the O*NET codes the ESCO-O*NET crosswalk matches them with),
//! searched among the roles of the O*NET import. The file is read here only; nothing at
//! run time reads it.

use std::path::Path;

use rolediff::analysis::find::FindIndex;
use rolediff::role::Role;

use crate::related::related_eval as eval;

/// One case: an ESCO occupation and its gold O*NET codes.
struct Case {
    title: String,
    description: String,
    gold: Vec<String>,
}

fn cases(path: &Path) -> Vec<Case> {
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

/// The share of cases with a gold code first, and in the first five.
fn measure(
    roles: &[Role],
    index: &FindIndex,
    cases: &[Case],
    query: impl Fn(&Case) -> String,
) -> (f64, f64) {
    let (mut first, mut five) = (0, 0);
    for case in cases {
        let found = index.search(&query(case));
        let codes: Vec<&str> = found
            .iter()
            .take(5)
            .map(|&(role, _)| roles[role].aliases[0].as_str())
            .collect();
        if codes
            .first()
            .is_some_and(|code| case.gold.iter().any(|gold| gold == code))
        {
            first += 1;
        }
        if codes
            .iter()
            .any(|code| case.gold.iter().any(|gold| gold == code))
        {
            five += 1;
        }
    }
    let total = cases.len().max(1) as f64;
    (f64::from(first) / total, f64::from(five) / total)
}

#[test]
fn find_meets_its_floors_on_esco_titles() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let release = shared.join("onet/db_30_1_text");
    let titles = shared.join("eval/esco-titles-dev.tsv");
    if !release.exists() || !titles.exists() {
        println!("skipped: {} is not there", shared.display());
        return;
    }
    let roles = eval::imported_roles(&release);
    let index = FindIndex::build(&roles);
    let cases = cases(&titles);
    let (first, five) = measure(&roles, &index, &cases, |case| case.title.clone());
    println!(
        "find \"<title>\": first {first:.3}, top 5 {five:.3} over {} cases",
        cases.len()
    );
    let (_, described) = measure(&roles, &index, &cases, |case| {
        format!("{} {}", case.title, case.description)
    });
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
