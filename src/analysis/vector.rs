//! Sparse vectors of weighted terms, as the similarity index and `find` compare them.

/// A sparse vector: (term, weight), sorted by term.
pub type Vector = Vec<(u32, f64)>;

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
