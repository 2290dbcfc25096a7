//! A plain binary layout for what rolediff keeps between runs (the library index): numbers
//! little-endian, strings and arrays prefixed by their length, nothing to parse beyond
//! reading them in order. A [`Reader`] checks every length against what is left, so a
//! damaged or hostile file ends the read with [`Invalid`], never a panic or a huge
//! allocation.
//!
//! Layout of the values: `u32`, `u64` and `f64` as 4, 8 and 8 bytes; a string as its
//! length (`u32`) and its UTF-8 bytes; an array as its length (`u32`) and its elements; a
//! sparse vector ([`Vector`]) as its length, then its terms (`u32` each), then its weights
//! (`f64` each).

use crate::text::vector::Vector;

/// A stored value that does not read: the file is damaged, truncated or not ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Invalid;

/// What a read gives: the value, or [`Invalid`].
pub type Read<T> = Result<T, Invalid>;

/// Appends values to a buffer in the layout above.
#[derive(Debug, Default)]
pub struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    /// The bytes written so far.
    #[must_use]
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    pub fn u32(&mut self, value: u32) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    pub fn u64(&mut self, value: u64) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    pub fn f64(&mut self, value: f64) {
        self.bytes.extend_from_slice(&value.to_le_bytes());
    }

    /// A length or an index: every count rolediff stores fits in 32 bits (a role file is
    /// at most 1 MiB, a library a few hundred thousand roles).
    pub fn len(&mut self, len: usize) {
        self.u32(u32::try_from(len).unwrap_or(u32::MAX));
    }

    pub fn bytes(&mut self, bytes: &[u8]) {
        self.len(bytes.len());
        self.bytes.extend_from_slice(bytes);
    }

    pub fn str(&mut self, text: &str) {
        self.bytes(text.as_bytes());
    }

    pub fn strs(&mut self, texts: &[String]) {
        self.len(texts.len());
        for text in texts {
            self.str(text);
        }
    }

    pub fn f64s(&mut self, values: &[f64]) {
        self.len(values.len());
        for &value in values {
            self.f64(value);
        }
    }

    /// A sparse vector (or several end to end): its terms, then their weights.
    pub fn vector(&mut self, vector: &[(u32, f64)]) {
        self.len(vector.len());
        for &(term, _) in vector {
            self.u32(term);
        }
        for &(_, weight) in vector {
            self.f64(weight);
        }
    }

    /// Sparse vectors, one after the other.
    pub fn vectors(&mut self, vectors: &[Vector]) {
        self.len(vectors.len());
        for vector in vectors {
            self.vector(vector);
        }
    }
}

/// Reads values in the layout above from a byte slice, each checked against what is left.
#[derive(Debug)]
pub struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    #[must_use]
    pub fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes }
    }

    /// Whether every byte has been read.
    #[must_use]
    pub fn is_done(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The next `len` bytes.
    fn take(&mut self, len: usize) -> Read<&'a [u8]> {
        if len > self.bytes.len() {
            return Err(Invalid);
        }
        let (taken, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        Ok(taken)
    }

    fn array<const N: usize>(&mut self) -> Read<[u8; N]> {
        self.take(N)?.try_into().map_err(|_| Invalid)
    }

    pub fn u32(&mut self) -> Read<u32> {
        self.array().map(u32::from_le_bytes)
    }

    pub fn u64(&mut self) -> Read<u64> {
        self.array().map(u64::from_le_bytes)
    }

    /// A finite number: no stored weight or score is infinite or NaN.
    pub fn f64(&mut self) -> Read<f64> {
        let value = f64::from_le_bytes(self.array()?);
        if value.is_finite() {
            Ok(value)
        } else {
            Err(Invalid)
        }
    }

    /// A count of values of at least `each` bytes: never more than the bytes left can
    /// hold, so that no length read makes a large allocation.
    pub fn len(&mut self, each: usize) -> Read<usize> {
        let len = self.u32()? as usize;
        if len.saturating_mul(each.max(1)) > self.bytes.len() {
            return Err(Invalid);
        }
        Ok(len)
    }

    pub fn bytes(&mut self) -> Read<&'a [u8]> {
        let len = self.len(1)?;
        self.take(len)
    }

    pub fn str(&mut self) -> Read<&'a str> {
        std::str::from_utf8(self.bytes()?).map_err(|_| Invalid)
    }

    pub fn string(&mut self) -> Read<String> {
        self.str().map(str::to_owned)
    }

    pub fn strings(&mut self) -> Read<Vec<String>> {
        let len = self.len(4)?;
        (0..len).map(|_| self.string()).collect()
    }

    pub fn f64s(&mut self) -> Read<Vec<f64>> {
        let len = self.len(8)?;
        (0..len).map(|_| self.f64()).collect()
    }

    /// A sparse vector whose terms are below `terms`, in increasing order (as every
    /// [`Vector`] is), so that no term read indexes past a table.
    pub fn vector(&mut self, terms: usize) -> Read<Vector> {
        self.pairs(terms, true)
    }

    /// Sparse vectors laid end to end, as [`Writer::vector`] wrote them together: terms
    /// below `terms`, in any order.
    pub fn vector_parts(&mut self, terms: usize) -> Read<Vector> {
        self.pairs(terms, false)
    }

    /// `count` vectors as [`Writer::vectors`] wrote them, over `terms` terms.
    pub fn vectors(&mut self, count: usize, terms: usize) -> Read<Vec<Vector>> {
        if self.len(4)? != count {
            return Err(Invalid);
        }
        (0..count).map(|_| self.vector(terms)).collect()
    }

    fn pairs(&mut self, terms: usize, sorted: bool) -> Read<Vector> {
        let len = self.len(12)?;
        let ids = self.take(len * 4)?;
        let weights = self.take(len * 8)?;
        let mut vector = Vec::with_capacity(len);
        let mut last: Option<u32> = None;
        for (id, weight) in ids.chunks_exact(4).zip(weights.chunks_exact(8)) {
            let id = u32::from_le_bytes([id[0], id[1], id[2], id[3]]);
            let weight = f64::from_le_bytes(weight.try_into().map_err(|_| Invalid)?);
            let in_order = !sorted || last.is_none_or(|last| id > last);
            if id as usize >= terms || !in_order || !weight.is_finite() {
                return Err(Invalid);
            }
            last = Some(id);
            vector.push((id, weight));
        }
        Ok(vector)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_as_written() {
        let mut out = Writer::default();
        out.u32(7);
        out.u64(1 << 40);
        out.f64(0.25);
        out.str("Data Manager");
        out.strs(&["a".to_owned(), "é".to_owned()]);
        out.f64s(&[0.5]);
        out.vector(&[(1, 0.5), (4, 0.75)]);
        let bytes = out.into_bytes();
        let mut read = Reader::new(&bytes);
        assert_eq!(read.u32(), Ok(7));
        assert_eq!(read.u64(), Ok(1 << 40));
        assert_eq!(read.f64(), Ok(0.25));
        assert_eq!(read.str(), Ok("Data Manager"));
        assert_eq!(read.strings().unwrap(), ["a", "é"]);
        assert_eq!(read.f64s().unwrap(), [0.5]);
        assert_eq!(read.vector(5).unwrap(), [(1, 0.5), (4, 0.75)]);
        assert!(read.is_done());
    }

    #[test]
    fn a_damaged_value_is_invalid_not_a_panic() {
        let mut out = Writer::default();
        out.vector(&[(1, 0.5), (4, 0.75)]);
        let bytes = out.into_bytes();
        // Every truncation fails.
        for end in 0..bytes.len() {
            assert_eq!(Reader::new(&bytes[..end]).vector(5), Err(Invalid), "{end}");
        }
        // A term past the table, or out of order.
        assert_eq!(Reader::new(&bytes).vector(4), Err(Invalid));
        let mut out = Writer::default();
        out.vector(&[(4, 0.5), (1, 0.75)]);
        assert_eq!(Reader::new(&out.into_bytes()).vector(5), Err(Invalid));
        // A length far beyond the bytes makes no allocation.
        let mut out = Writer::default();
        out.u32(u32::MAX);
        let bytes = out.into_bytes();
        assert_eq!(Reader::new(&bytes).strings(), Err(Invalid));
        assert_eq!(Reader::new(&bytes).f64s(), Err(Invalid));
        assert_eq!(Reader::new(&bytes).str(), Err(Invalid));
        // Not UTF-8; not finite.
        assert_eq!(Reader::new(&[1, 0, 0, 0, 0xff]).str(), Err(Invalid));
        assert_eq!(Reader::new(&f64::NAN.to_le_bytes()).f64(), Err(Invalid));
    }
}
