//! Screens names given on the command line against all real lists in data/lists.
//! Run: cargo run --release -p embargo-screen --example screen_query -- "Oleg Kozemiako" ...
#[path = "../tests/common/lists.rs"]
mod lists;

use embargo_screen::{ScreenOptions, Screener};

fn main() {
    let entries = lists::all_entries();
    let s = Screener::build(entries.iter());
    let thr: f64 = std::env::var("THR")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(embargo_screen::DEFAULT_THRESHOLD);
    let o = ScreenOptions {
        threshold: thr,
        ..Default::default()
    };
    for q in std::env::args().skip(1) {
        match s.screen(&q, &o) {
            Ok(r) => {
                println!("{q}: {} hit(s)", r.hits.len());
                for h in r.hits {
                    println!(
                        "  {:.3} {} {} [{}] {}",
                        h.score, h.list, h.list_id, h.listed_name, h.explanation
                    );
                }
            }
            Err(e) => println!("{q}: error: {e}"),
        }
    }
}
