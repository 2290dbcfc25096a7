//! Reciprocal rank fusion of the facets of the role similarity, made symmetric: for two
//! roles, each facet adds `1 / (k + rank)` for the rank of each role among the other's
//! nearest by that facet's cosine, both ways, weighted by the facet's rank weight. Ranks
//! say what cosines do not: how near two roles are compared with every other role of the
//! library. A facet the two roles share nothing of adds nothing.
//!
//! Cormack, Clarke and Büttcher (2009) fuse the rankings of one query; here each role is
//! a query, and counting both directions keeps the score of two roles the same whichever
//! is named first.
//!
//! A leaf: it knows facets only as numbers `0..N` and takes their weights from its caller
//! (the similarity index holds them), so the tuning examples run the code `similar` runs.

/// The constant of reciprocal rank fusion: larger evens out the ranks near the top. 40 did
/// best on O*NET's related occupations (development split; 20 and 80 were within 0.005).
pub const DEFAULT_K: f64 = 40.0;

/// How ranks are fused: each facet's weight, and the constant `k`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fusion<const N: usize> {
    /// Each facet's weight.
    pub weights: [f64; N],
    /// The constant of reciprocal rank fusion.
    pub k: f64,
}

/// One role's cosines to every role of the library, facet by facet, and, once
/// [`Row::with_ranks`] has sorted them, each facet's cosines to the other roles in order,
/// to tell the rank of any role.
#[derive(Debug)]
pub struct Row<const N: usize> {
    /// The role this row is of.
    pub role: usize,
    /// Each facet's cosine to every role; NaN where either role lacks the facet (half the
    /// size of an `Option`, for rows of ten thousand roles).
    cosines: [Vec<f64>; N],
    sorted: Option<[Vec<f64>; N]>,
}

impl<const N: usize> Row<N> {
    /// The row of `role`, from each facet's cosines to every role (itself included), in
    /// order; NaN where either role lacks the facet. A rank asked of it is counted over
    /// the row: the cheaper way for a row asked one rank a facet.
    #[must_use]
    pub fn new(role: usize, cosines: [Vec<f64>; N]) -> Row<N> {
        Row {
            role,
            cosines,
            sorted: None,
        }
    }

    /// The row with each facet's cosines to the other roles sorted: the cheaper way for a
    /// row asked the ranks of many roles.
    #[must_use]
    pub fn with_ranks(mut self) -> Row<N> {
        let sorted = std::array::from_fn(|facet| {
            let mut others: Vec<f64> = self.cosines[facet]
                .iter()
                .enumerate()
                .filter(|&(other, cosine)| other != self.role && !cosine.is_nan())
                .map(|(_, &cosine)| cosine)
                .collect();
            others.sort_unstable_by(|x, y| y.total_cmp(x));
            others
        });
        self.sorted = Some(sorted);
        self
    }

    /// The facet cosines of this role and `other`.
    #[must_use]
    pub fn cosines_to(&self, other: usize) -> [Option<f64>; N] {
        std::array::from_fn(|facet| Some(self.cosines[facet][other]).filter(|c| !c.is_nan()))
    }

    /// The rank of `other` among the roles nearest to this one by `facet` (1 is nearest;
    /// tied roles share the mean of their ranks), when they share anything of it.
    #[must_use]
    pub fn rank(&self, facet: usize, other: usize) -> Option<f64> {
        let cosine = self.cosines[facet][other];
        if cosine.is_nan() || cosine <= 0.0 {
            return None;
        }
        let (nearer, tied) = match &self.sorted {
            Some(sorted) => {
                let sorted = &sorted[facet];
                let nearer = sorted.partition_point(|&value| value > cosine);
                (
                    nearer,
                    sorted.partition_point(|&value| value >= cosine) - nearer,
                )
            }
            None => self.cosines[facet]
                .iter()
                .enumerate()
                .filter(|&(index, value)| index != self.role && !value.is_nan())
                .fold((0, 0), |(nearer, tied), (_, &value)| {
                    if value > cosine {
                        (nearer + 1, tied)
                    } else if value >= cosine {
                        (nearer, tied + 1)
                    } else {
                        (nearer, tied)
                    }
                }),
        };
        Some(nearer as f64 + f64::midpoint(tied as f64, 1.0))
    }
}

impl<const N: usize> Fusion<N> {
    /// The fusion of facets of these weights, with the constant [`DEFAULT_K`].
    #[must_use]
    pub fn new(weights: [f64; N]) -> Self {
        Fusion {
            weights,
            k: DEFAULT_K,
        }
    }

    /// What the ranks of `b` among the roles nearest to `a` add up to, one way.
    #[must_use]
    pub fn one_way(&self, a: &Row<N>, b: &Row<N>) -> f64 {
        (0..N)
            .map(|facet| self.weights[facet] * self.reciprocal(a.rank(facet, b.role)))
            .sum()
    }

    /// The fused ranks of two roles, both ways, in [0, 1]: 1 when each is the other's
    /// nearest by every facet.
    #[must_use]
    pub fn fused(&self, a: &Row<N>, b: &Row<N>) -> f64 {
        let sum = self.one_way(a, b) + self.one_way(b, a);
        // The most it can be: each role the other's nearest by every facet.
        let most = self.weights.iter().sum::<f64>() * 2.0 * self.reciprocal(Some(1.0));
        if most > 0.0 { sum / most } else { 0.0 }
    }

    fn reciprocal(&self, rank: Option<f64>) -> f64 {
        rank.map_or(0.0, |rank| 1.0 / (self.k + rank))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rank weights `similar` uses (title, work, skills, tools, background).
    const WEIGHTS: [f64; 5] = [0.75, 1.0, 0.25, 0.5, 0.25];

    fn row(role: usize, work: &[f64]) -> Row<5> {
        let missing = vec![f64::NAN; work.len()];
        Row::new(
            role,
            [
                missing.clone(),
                work.to_vec(),
                missing.clone(),
                missing.clone(),
                missing,
            ],
        )
    }

    #[test]
    fn ranks_count_the_nearer_roles_and_fusion_is_symmetric() {
        // Roles 0..4; role 0 is nearest to 2, then 1; role 1 is nearest to 0.
        let zero = row(0, &[1.0, 0.5, 0.8, 0.0]);
        let one = row(1, &[0.5, 1.0, 0.2, 0.1]);
        assert_eq!(zero.rank(1, 2), Some(1.0));
        assert_eq!(zero.rank(1, 1), Some(2.0));
        assert_eq!(zero.rank(1, 3), None, "nothing shared, no rank");
        assert_eq!(one.rank(1, 0), Some(1.0));
        // Two roles tied second share ranks 2 and 3.
        let tied = row(0, &[1.0, 0.9, 0.5, 0.5]);
        assert_eq!(tied.rank(1, 2), Some(2.5));
        assert_eq!(tied.rank(1, 3), Some(2.5));
        // Sorted first, a row tells the same ranks.
        for (unsorted, sorted) in [
            (&zero, row(0, &[1.0, 0.5, 0.8, 0.0]).with_ranks()),
            (&tied, row(0, &[1.0, 0.9, 0.5, 0.5]).with_ranks()),
        ] {
            for other in 0..4 {
                assert_eq!(unsorted.rank(1, other), sorted.rank(1, other), "{other}");
            }
        }
        let fusion = Fusion::new(WEIGHTS);
        assert_eq!(fusion.fused(&zero, &one), fusion.fused(&one, &zero));
        // Only the work facet: weight 1 of the 2.75 of all facets.
        let expected = (1.0 / 42.0 + 1.0 / 41.0) / (2.75 * 2.0 / 41.0);
        assert!((fusion.fused(&zero, &one) - expected).abs() < 1e-12);
        assert!((fusion.one_way(&zero, &one) - 1.0 / 42.0).abs() < 1e-12);
        // Another constant, the same code.
        let flat = Fusion { k: 0.0, ..fusion };
        assert!((flat.one_way(&zero, &one) - 0.5).abs() < 1e-12);
        assert_eq!(Fusion::new([0.0; 5]).fused(&zero, &one), 0.0);
    }
}
