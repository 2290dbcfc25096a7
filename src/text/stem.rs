//! Stemming one word for the near tier: British spellings made American first, so that
//! "visualisation" and "visualization" meet, then Snowball's English stemmer.

use rust_stemmers::{Algorithm, Stemmer};

/// British spellings and their American forms, as endings: a few whole words first, then
/// the endings of verbs and nouns, longest first.
const SPELLINGS: &[(&str, &str)] = &[
    ("programmes", "programs"),
    ("programme", "program"),
    ("catalogues", "catalogs"),
    ("catalogue", "catalog"),
    ("centres", "centers"),
    ("centre", "center"),
    ("licence", "license"),
    ("behaviour", "behavior"),
    ("labour", "labor"),
    ("colour", "color"),
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("ysing", "yzing"),
    ("ysed", "yzed"),
    ("yses", "yzes"),
    ("yse", "yze"),
];

/// The stem of a normalised word; words with symbols (`c++`, `node.js`) are kept whole.
#[must_use]
pub fn stem(word: &str) -> String {
    if !word.chars().all(char::is_alphabetic) {
        return word.to_owned();
    }
    let american = americanize(word);
    Stemmer::create(Algorithm::English)
        .stem(&american)
        .into_owned()
}

/// A light stem for recognising vocabulary terms: American spelling and no plural `s`.
/// Snowball is too eager here ("excellent" and "Excel" share its stem).
#[must_use]
pub fn light_stem(word: &str) -> String {
    let american = americanize(word);
    if american.len() > 3 && american.chars().all(char::is_alphabetic) {
        if let Some(stem) = american.strip_suffix("ies") {
            return format!("{stem}y");
        }
        let is_plural = american.ends_with('s')
            && !["ss", "us", "is"].iter().any(|end| american.ends_with(end));
        if is_plural {
            return american[..american.len() - 1].to_owned();
        }
    }
    american
}

fn americanize(word: &str) -> String {
    // Short words ("rise", "wise") are left alone.
    if word.len() < 6 {
        return word.to_owned();
    }
    // `ae` inside a word is `e` in American spelling: "anaesthetic", "paediatric",
    // "haematology" (a word that starts with it, "aerospace", keeps it).
    let word = match word.get(1..) {
        Some(rest) if rest.contains("ae") => format!("{}{}", &word[..1], rest.replace("ae", "e")),
        _ => word.to_owned(),
    };
    for (british, american) in SPELLINGS {
        if let Some(stem) = word.strip_suffix(british) {
            return format!("{stem}{american}");
        }
    }
    word
}

#[cfg(test)]
mod tests {
    use super::{light_stem, stem};

    #[test]
    fn spellings_and_inflections_meet() {
        assert_eq!(stem("visualisation"), stem("visualization"));
        assert_eq!(stem("analyse"), stem("analyze"));
        assert_eq!(stem("modelling"), stem("modeling"));
        assert_eq!(stem("statistics"), stem("statistical"));
        assert_eq!(stem("c++"), "c++");
        assert_ne!(stem("scala"), stem("scalability"));
        assert_eq!(light_stem("networks"), "network");
        assert_eq!(light_stem("technologies"), "technology");
        assert_eq!(light_stem("analysis"), "analysis");
        assert_ne!(light_stem("excellent"), light_stem("excel"));
    }

    #[test]
    fn british_ae_is_american_e_inside_a_word() {
        assert_eq!(stem("anaesthetic"), stem("anesthetic"));
        assert_eq!(stem("paediatrician"), stem("pediatrician"));
        assert_eq!(stem("aerospace"), "aerospac");
    }
}
