//! What `similar` and `matrix` compute: the roles nearest to one, and the similarity of
//! every pair of a set, by the library-weighted measure of [`super::similarity`].

use serde::Serialize;

use super::diff::round;
use super::similarity::{Facet, SimilarityIndex};
use crate::role::Role;

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

/// The `top` roles most like the one at `position` of `roles`, most similar first.
#[must_use]
pub fn neighbours(
    index: &SimilarityIndex,
    roles: &[Role],
    position: usize,
    top: usize,
) -> Vec<Neighbour> {
    index
        .ranked(position, top)
        .into_iter()
        .map(|(other, score)| Neighbour {
            id: roles[other].id.clone(),
            title: roles[other].title.clone(),
            similarity: round(score),
            drivers: index
                .drivers(position, other)
                .into_iter()
                .map(Facet::name)
                .collect(),
        })
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
