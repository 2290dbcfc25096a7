use rolediff::library::Library;
use rolediff::role::Item;
fn main() {
    let matcher = Library::built_in_matcher(Some(0.05));
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    for line in text.lines() {
        let Some((a, b)) = line.split_once(" ~ ") else {
            continue;
        };
        let (a, b) = (Item::named(a.trim()), Item::named(b.trim()));
        let al = matcher.align(&[&a], &[&b]);
        let score = al
            .shared
            .first()
            .map(|c| c.score)
            .or(al.near.first().map(|c| c.score))
            .unwrap_or(0.0);
        println!("{score:.3}  {} ~ {}", a.name, b.name);
    }
}
