//! Sparse vectors of weighted terms, as the similarity index and `find` compare them.

/// A sparse vector: (term, weight), sorted by term.
pub type Vector = Vec<(u32, f64)>;

/// The inverse document frequency of a term found in `df` of `documents`: `ln(N / df) + 1`,
/// so that a term every document has still counts a little.
#[must_use]
pub fn idf(documents: usize, df: u32) -> f64 {
    (documents.max(1) as f64 / f64::from(df.max(1))).ln() + 1.0
}

/// The L2-normalised, sorted TF-IDF vector of term counts (sublinear term frequency:
/// `1 + ln(count)`); terms of no count are left out.
#[must_use]
pub fn tf_idf(counts: impl IntoIterator<Item = (u32, f64)>, idf: &[f64]) -> Vector {
    let mut vector: Vector = counts
        .into_iter()
        .filter(|(_, count)| *count > 0.0)
        .map(|(term, count)| (term, (1.0 + count.ln().max(0.0)) * idf[term as usize]))
        .collect();
    let norm = vector.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        for entry in &mut vector {
            entry.1 /= norm;
        }
    }
    vector.sort_unstable_by_key(|entry| entry.0);
    vector
}

/// The dot product of two sparse vectors; their cosine when both are L2-normalised.
#[must_use]
pub fn dot(a: &Vector, b: &Vector) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}
