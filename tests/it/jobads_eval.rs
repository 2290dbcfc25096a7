//! `find --file` on real job ads, as a correctness test on a few of them (no timing, no
//! figures of the whole set: `cargo run --release --example jobads` prints those).

use std::path::Path;

use rolediff::analysis::find::{DocumentWeights, FindIndex, body_of, fuse_document};
use rolediff::role::head::Head;

use crate::find_eval::esco::first_and_top_five;
use crate::related::related_eval as eval;

#[path = "../../benches/support/jobads_eval.rs"]
mod jobads;

/// The roles of the O*NET import and the path of the dev ads; `None` (said) when
/// `../shared` is missing.
fn imported_roles_and_ads() -> Option<(Vec<rolediff::role::Role>, std::path::PathBuf)> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let (release, file) = (
        shared.join("onet/db_30_1_text"),
        shared.join("eval/jobads-dev.jsonl"),
    );
    if !release.exists() || !file.exists() {
        crate::common::data_missing(&shared.display());
        return None;
    }
    Some((eval::imported_roles(&release), file))
}

/// How many ads are read: enough for every kind of ad, few enough to stay quick.
const ADS: usize = 60;

#[test]
fn real_ads_read_as_postings_and_their_text_never_loses_to_their_title() {
    let Some((roles, file)) = imported_roles_and_ads() else {
        return;
    };
    let index = FindIndex::build_for_documents(&roles);
    let known = jobads::known_names(&roles);
    let ads: Vec<_> = jobads::ads(&file)
        .into_iter()
        .step_by(8)
        .take(ADS)
        .collect();
    let weights = DocumentWeights::default();
    let (mut by_title, mut by_document) = (Vec::new(), Vec::new());
    for ad in &ads {
        let posting = jobads::posting(ad, &known);
        assert_eq!(posting.title, ad.title, "an ad's first line is its title");
        let title = index.search(&ad.title);
        let document = index.search_document(&posting.title, &body_of(&posting), &weights);
        // The document's roles are the title's, reordered: none comes in from the body.
        let mut from_title: Vec<usize> = title.iter().map(|&(role, _)| role).collect();
        let mut from_document: Vec<usize> = document.iter().map(|&(role, _)| role).collect();
        from_title.sort_unstable();
        from_document.sort_unstable();
        assert!(from_title == from_document, "{}: other roles", ad.title);
        // With no body, the title's own ranking.
        assert!(fuse_document(&title, &[], roles.len(), &weights) == title);
        by_title.push(ad.rank_in(&roles, &title, false));
        by_document.push(ad.rank_in(&roles, &document, false));
    }
    let (title_first, title_five) = first_and_top_five(by_title.into_iter());
    let (file_first, file_five) = first_and_top_five(by_document.into_iter());
    println!(
        "{ADS} ads: title {title_first:.3} / {title_five:.3}, file {file_first:.3} / {file_five:.3}"
    );
    assert!(
        file_five >= title_five,
        "top five: {file_five} against the title's {title_five}"
    );
}

/// How many ads `similar` is run on: each builds both indexes over the import.
const SIMILAR_ADS: usize = 12;

#[test]
fn similar_on_a_real_ad_finds_its_occupation_at_least_as_well_as_its_similarity_alone() {
    use rolediff::analysis::related::{Neighbour, document_neighbours, neighbours};
    use rolediff::analysis::similarity::SimilarityIndex;

    let Some((roles, file)) = imported_roles_and_ads() else {
        return;
    };
    let known = jobads::known_names(&roles);
    let (mut fused_hits, mut alone_hits) = (0, 0);
    for ad in jobads::ads(&file).iter().step_by(40).take(SIMILAR_ADS) {
        let posting = jobads::posting(ad, &known);
        let mut library = roles.clone();
        library.push(posting);
        let position = library.len() - 1;
        let index = SimilarityIndex::build(&library);
        let find = FindIndex::build_for_documents(&library);
        let heads: Vec<Head> = library.iter().map(Head::from).collect();
        let fused = document_neighbours(&index, &find, &heads, &library[position], position, 5);
        let alone = neighbours(&index, &heads, position, 5);
        // Five other roles, each once, best first.
        assert_eq!(fused.len(), 5, "{}", ad.title);
        let mut ids: Vec<&str> = fused.iter().map(|n| n.id.as_str()).collect();
        assert!(!ids.contains(&library[position].id.as_str()), "itself");
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 5, "{}: a role twice", ad.title);
        assert!(
            fused.windows(2).all(|w| w[0].similarity >= w[1].similarity),
            "{}: not best first",
            ad.title
        );
        let hit = |found: &[Neighbour]| {
            found.iter().any(|n| {
                library
                    .iter()
                    .find(|role| role.id == n.id)
                    .is_some_and(|role| ad.is_gold(role, false))
            })
        };
        fused_hits += usize::from(hit(&fused));
        alone_hits += usize::from(hit(&alone));
    }
    println!(
        "{SIMILAR_ADS} ads in the top five: fused {fused_hits}, similarity alone {alone_hits}"
    );
    assert!(
        fused_hits >= alone_hits,
        "{fused_hits} against {alone_hits}"
    );
}
