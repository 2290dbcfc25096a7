//! What `similar` and `matrix` compute: the roles nearest to one, and the similarity of
//! every pair of a set, by the library-weighted measure of [`super::similarity`].

use serde::Serialize;

use super::diff::round;
use super::find::{DocumentWeights, FindIndex, body_of};
use super::similarity::{Facet, SimilarityIndex};
use crate::role::Role;
use crate::role::head::Head;
use crate::text::index::sort_best_first;

/// One ranked role.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Neighbour {
    /// The role's id.
    pub id: String,
    /// The role's title.
    pub title: String,
    /// Its similarity to the target, 0 to 1.
    pub similarity: f64,
    /// The facets that drive the score, strongest first.
    pub drivers: Vec<&'static str>,
}

/// The `top` roles most like the one at `position` of `roles` (the heads of the roles the
/// index holds), most similar first.
#[must_use]
pub fn neighbours(
    index: &SimilarityIndex,
    roles: &[Head],
    position: usize,
    top: usize,
) -> Vec<Neighbour> {
    index
        .ranked(position, top)
        .into_iter()
        .map(|(other, score)| neighbour(index, roles, position, other, score))
        .collect()
}

/// The role at `other` as a neighbour of the one at `position`, with its score.
fn neighbour(
    index: &SimilarityIndex,
    roles: &[Head],
    position: usize,
    other: usize,
    score: f64,
) -> Neighbour {
    Neighbour {
        id: roles[other].id.clone(),
        title: roles[other].title.clone(),
        similarity: round(score),
        drivers: index
            .drivers(position, other)
            .into_iter()
            .map(Facet::name)
            .collect(),
    }
}

/// How much a document's own evidence weighs in [`document_neighbours`]: what its title and
/// text find ([`FindIndex::search_document`]), beside its similarity as a role. On the
/// 490 job ads of the development set against the O*NET import (SOC R@1 / R@5, with
/// `examples/jobads.rs`): similarity alone 0.280 / 0.594, fused 0.469 / 0.757 (with
/// `find`'s index of the library reading the body by its work, names and tools at 0.8;
/// 0.455 / 0.749 by its work alone at 0.7, 0.461 / 0.739 at 0.5). Chosen from 0.3, 0.5,
/// 0.7 and 0.85 (R@5 0.745, 0.731, 0.724, 0.722, tried with the posting left out of
/// `find`'s index).
const DOCUMENT_EVIDENCE: f64 = 0.3;

/// How many of the best roles of each ranking [`document_neighbours`] fuses.
const DOCUMENT_CANDIDATES: usize = 50;

/// The `top` roles most like the posting or CV `document`, at `position` of `roles`, most
/// similar first: its similarity as a role, fused with what its title and text find
/// (`find` indexes the same roles), so that the occupation a document names comes first.
#[must_use]
pub fn document_neighbours(
    index: &SimilarityIndex,
    find: &FindIndex,
    roles: &[Head],
    document: &Role,
    position: usize,
    top: usize,
) -> Vec<Neighbour> {
    let by_similarity = index.ranked(position, top.max(DOCUMENT_CANDIDATES));
    let by_text = find.search_document(
        &document.title,
        &body_of(document),
        &DocumentWeights::default(),
    );
    let by_text: Vec<(usize, f64)> = by_text
        .into_iter()
        .filter(|&(other, _)| other != position)
        .take(DOCUMENT_CANDIDATES)
        .collect();
    let best_text = by_text.first().map_or(0.0, |&(_, score)| score);
    let mut score = vec![0.0f64; roles.len()];
    for &(other, similarity) in &by_similarity {
        score[other] += (1.0 - DOCUMENT_EVIDENCE) * similarity;
    }
    if best_text > 0.0 {
        for &(other, found) in &by_text {
            score[other] += DOCUMENT_EVIDENCE * found / best_text;
        }
    }
    let mut ranked: Vec<(usize, f64)> = score
        .into_iter()
        .enumerate()
        .filter(|&(other, score)| other != position && score > 0.0)
        .collect();
    sort_best_first(&mut ranked);
    ranked.truncate(top);
    ranked
        .into_iter()
        .map(|(other, score)| neighbour(index, roles, position, other, score))
        .collect()
}

/// Pairwise similarities: row i, column j are roles i and j.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Matrix {
    /// The roles' ids, in row order.
    pub roles: Vec<String>,
    /// The similarities, rounded to four decimals.
    pub similarity: Vec<Vec<f64>>,
}

/// The similarity of every pair of the roles at `positions` of the index.
#[must_use]
pub fn matrix(index: &SimilarityIndex, roles: &[Role], positions: &[usize]) -> Matrix {
    Matrix {
        roles: positions.iter().map(|&i| roles[i].id.clone()).collect(),
        similarity: index
            .pairwise(positions)
            .into_iter()
            .map(|row| row.into_iter().map(round).collect())
            .collect(),
    }
}
