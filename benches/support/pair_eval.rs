//! Pairs of real job ads for measuring `compare`: pairs of ads of the same occupation
//! against pairs of different occupations, drawn with a fixed seed, and the AUC of a score
//! over them. Shared by the example that prints the figures and the test that holds the
//! floor.

/// Pairs of ads by their positions: of the same occupation and of different ones.
pub struct Pairs {
    pub same: Vec<(usize, usize)>,
    pub different: Vec<(usize, usize)>,
}

/// A small deterministic generator (xorshift64*), so the pairs never change with a crate.
struct Draw(u64);

impl Draw {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let value = self.0.wrapping_mul(0x2545_f491_4f6c_dd1d);
        usize::try_from(value >> 33).unwrap() % n
    }
}

impl Pairs {
    /// `count` pairs of each kind among ads of occupations `codes`, each pair once, an ad
    /// never with itself.
    pub fn sample(codes: &[&str], count: usize, seed: u64) -> Pairs {
        let mut draw = Draw(seed.max(1));
        let mut same = Vec::new();
        let mut different = Vec::new();
        let mut drawn = std::collections::HashSet::new();
        while same.len() < count || different.len() < count {
            let (a, b) = (draw.below(codes.len()), draw.below(codes.len()));
            if a == b || !drawn.insert((a.min(b), a.max(b))) {
                continue;
            }
            let list = if codes[a] == codes[b] {
                &mut same
            } else {
                &mut different
            };
            if list.len() < count {
                list.push((a, b));
            }
        }
        Pairs { same, different }
    }
}

/// The chance that a score of `positive` is above one of `negative`, ties counting half.
pub fn auc(positive: &[f64], negative: &[f64]) -> f64 {
    let mut wins = 0.0;
    for p in positive {
        for n in negative {
            wins += match p.total_cmp(n) {
                std::cmp::Ordering::Greater => 1.0,
                std::cmp::Ordering::Equal => 0.5,
                std::cmp::Ordering::Less => 0.0,
            };
        }
    }
    wins / (positive.len() * negative.len()) as f64
}
