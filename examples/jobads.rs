//! Measures `find` and `similar` on real job ads: each ad of `../shared/eval/jobads-dev.jsonl`
//! searched among the roles of the O*NET import, by its title alone, by its title and text
//! as words, as a document (`find --file`: title and body weighed apart, for a grid of the
//! body's weight), and as a role of its own (`similar AD.md`); and how many ads read as
//! postings have each section. Prints R@1 and R@5 at the
//! 6-digit SOC and at the exact O*NET code; `--misses` lists the ads a setting misses;
//! `--dump FILE` writes each ad's best 100 roles by title and by body, and the ad read as a
//! posting, as JSON lines (to study other fusions without rebuilding).
//!
//!     cargo run --release --example jobads [-- --misses] [--no-similar] [--dump FILE]

use std::path::Path;

use rolediff::analysis::find::{DocumentWeights, FindIndex, body_of, fuse_document};
use rolediff::analysis::related::{Neighbour, document_neighbours, neighbours};
use rolediff::analysis::similarity::SimilarityIndex;
use rolediff::role::Role;
use rolediff::role::head::Head;

#[path = "../benches/support/find_eval.rs"]
#[allow(dead_code)]
mod esco;
#[path = "../benches/support/jobads_eval.rs"]
mod jobads_eval;
#[path = "../benches/support/related_eval.rs"]
#[allow(dead_code)]
mod related_eval;

use esco::first_and_top_five;
use jobads_eval::Ad;

fn report(name: &str, ads: &[Ad], roles: &[Role], found: &[Vec<(usize, f64)>], misses: bool) {
    let at = |exact| {
        first_and_top_five(
            ads.iter()
                .zip(found)
                .map(|(ad, found)| ad.rank_in(roles, found, exact)),
        )
    };
    let ((soc1, soc5), (exact1, exact5)) = (at(false), at(true));
    println!("{name:<44} SOC R@1 {soc1:.3} R@5 {soc5:.3}   exact R@1 {exact1:.3} R@5 {exact5:.3}");
    if misses {
        for (ad, found) in ads.iter().zip(found) {
            if ad.rank_in(roles, found, false).is_none_or(|rank| rank >= 5) {
                let top = found
                    .first()
                    .map_or("-", |&(role, _)| roles[role].title.as_str());
                println!("  miss {} {:?}: first {top:?}", ad.code, ad.title);
            }
        }
    }
}

/// Writes each ad's code and its best 100 roles by title and by body, as JSON lines.
fn dump(
    path: &str,
    ads: &[Ad],
    postings: &[Role],
    roles: &[Role],
    by_title: &[Vec<(usize, f64)>],
    bodies: &[Vec<(usize, f64)>],
) {
    let code = |role: usize| roles[role].aliases.first().cloned().unwrap_or_default();
    let top = |found: &[(usize, f64)]| -> Vec<(String, f64)> {
        found
            .iter()
            .take(100)
            .map(|&(role, score)| (code(role), score))
            .collect()
    };
    let lines: Vec<String> = ads
        .iter()
        .zip(by_title.iter().zip(bodies).zip(postings))
        .map(|(ad, ((title, body), posting))| {
            serde_json::json!({"code": ad.code, "title": ad.title, "by_title": top(title), "by_body": top(body), "body": body_of(posting), "posting": posting})
                .to_string()
        })
        .collect();
    std::fs::write(path, lines.join("\n")).unwrap();
}

/// How many ads read as postings have each section.
fn report_reading(postings: &[Role]) {
    let share = |has: &dyn Fn(&Role) -> bool| {
        postings.iter().filter(|posting| has(posting)).count() as f64 / postings.len() as f64
    };
    println!(
        "read as postings: with responsibilities {:.3}, skills {:.3}, education {:.3}, tools {:.3}, a nice-to-have {:.3}",
        share(&|role| !role.responsibilities.is_empty()),
        share(&|role| !role.skills.is_empty()),
        share(&|role| !role.education.is_empty()),
        share(&|role| !role.tools.0.is_empty()),
        share(&|role| {
            role.skills
                .iter()
                .chain(&role.education)
                .any(|item| item.note.is_some())
        }),
    );
}

/// `find --file` for a grid of weights: the body alone, and fused with the title.
fn report_documents(
    index: &FindIndex,
    ads: &[Ad],
    postings: &[Role],
    roles: &[Role],
    by_title: &[Vec<(usize, f64)>],
    misses: bool,
) {
    for (body_names, tools) in [(0.0, 0.0), (0.25, 0.0), (0.25, 0.4)] {
        let read = DocumentWeights {
            body_names,
            tools,
            ..DocumentWeights::default()
        };
        let bodies: Vec<_> = postings
            .iter()
            .map(|posting| index.search_body(&body_of(posting), &read))
            .collect();
        report(
            &format!("find BODY (its names {body_names}, tools {tools})"),
            ads,
            roles,
            &bodies,
            false,
        );
        for body in [0.6, 0.7, 0.8, 0.9] {
            let weights = DocumentWeights {
                body,
                body_names,
                tools,
            };
            let found: Vec<_> = by_title
                .iter()
                .zip(&bodies)
                .map(|(title, found)| fuse_document(title, found, roles.len(), &weights))
                .collect();
            let is_default = weights == DocumentWeights::default();
            report(
                &format!("find --file (body {body}, names {body_names}, tools {tools})"),
                ads,
                roles,
                &found,
                misses && is_default,
            );
        }
    }
}

fn main() {
    let misses = std::env::args().any(|arg| arg == "--misses");
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let (release, file) = (
        shared.join("onet/db_30_1_text"),
        shared.join("eval/jobads-dev.jsonl"),
    );
    if !release.exists() || !file.exists() {
        eprintln!("needs {} and {}", release.display(), file.display());
        std::process::exit(2);
    }
    let roles = related_eval::imported_roles(&release);
    let ads = jobads_eval::ads(&file);
    let index = FindIndex::build_for_documents(&roles);
    let known = jobads_eval::known_names(&roles);
    let postings: Vec<Role> = ads
        .iter()
        .map(|ad| jobads_eval::posting(ad, &known))
        .collect();
    println!("{} ads, {} roles", ads.len(), roles.len());
    report_reading(&postings);

    let by_title: Vec<_> = ads.iter().map(|ad| index.search(&ad.title)).collect();
    report("find TITLE", &ads, &roles, &by_title, misses);
    let as_words: Vec<_> = ads
        .iter()
        .map(|ad| index.search(&format!("{} {}", ad.title, ad.text)))
        .collect();
    report("find TITLE TEXT (as words)", &ads, &roles, &as_words, false);
    report_documents(&index, &ads, &postings, &roles, &by_title, misses);
    if let Some(path) = std::env::args().skip_while(|arg| arg != "--dump").nth(1) {
        let bodies: Vec<_> = postings
            .iter()
            .map(|posting| index.search_body(&body_of(posting), &DocumentWeights::default()))
            .collect();
        dump(&path, &ads, &postings, &roles, &by_title, &bodies);
    }
    if std::env::args().any(|arg| arg == "--no-similar") {
        return;
    }
    // `similar AD.md` as the command runs it: the ad's similarity as a role fused with what
    // its title and text find; and its similarity alone, as for a role of the library.
    let find_index = &index;
    let (similar, alone): (Vec<_>, Vec<_>) = postings
        .iter()
        .map(|posting| {
            let mut library = roles.clone();
            library.push(posting.clone());
            let position = library.len() - 1;
            let index = SimilarityIndex::build(&library);
            // `find`'s index of the library without the posting, as the command uses.
            let find = find_index;
            let heads: Vec<Head> = library.iter().map(Head::from).collect();
            let ids = |neighbours: Vec<Neighbour>| -> Vec<(usize, f64)> {
                neighbours
                    .iter()
                    .filter_map(|n| {
                        let role = roles.iter().position(|role| role.id == n.id)?;
                        Some((role, n.similarity))
                    })
                    .collect()
            };
            (
                ids(document_neighbours(
                    &index, find, &heads, posting, position, 10,
                )),
                ids(neighbours(&index, &heads, position, 10)),
            )
        })
        .unzip();
    report("similar AD.md", &ads, &roles, &similar, misses);
    report("similar AD.md (as a role)", &ads, &roles, &alone, false);
}
