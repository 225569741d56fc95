//! Speed and memory of embargo-screen: index build time, per-query latency (p50/p99) and batch
//! throughput against all real lists in data/lists, then against a synthetic collection built
//! by recombining real given names and surnames (default 1,000,000 entries).
//! Run (one core): taskset -c 0 cargo run --release -p embargo-screen --example speed_bench [-- N]
#[path = "../tests/common/lists.rs"]
mod lists;

use embargo_model::{ListEntry, ListKind, Provenance, Schema};
use embargo_screen::{ScreenOptions, Screener};
use std::time::Instant;

/// CPU time of this thread (immune to other processes preempting the bench on a busy machine).
fn thread_cpu() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn vm_hwm_mb() -> f64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|k| k.parse::<f64>().ok())
        .map(|k| k / 1024.0)
        .unwrap_or(0.0)
}

/// Tiny deterministic PRNG (xorshift64*), so runs are repeatable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[(self.next() % v.len() as u64) as usize]
    }
}

/// Query workload: real names as written, with one letter dropped, reordered, with titles.
fn queries(entries: &[ListEntry], n: usize, rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let e = rng.pick(entries);
        let name = e.name.clone();
        let q = match rng.next() % 4 {
            0 => name,
            1 => {
                // drop one character (typo)
                let cs: Vec<char> = name.chars().collect();
                if cs.len() < 4 {
                    name
                } else {
                    let k = (rng.next() % cs.len() as u64) as usize;
                    cs.iter()
                        .enumerate()
                        .filter(|(i, _)| *i != k)
                        .map(|(_, c)| *c)
                        .collect()
                }
            }
            2 => match name.split_once(", ") {
                Some((sur, given)) => format!("{given} {sur}"),
                None => name,
            },
            _ => format!("Minister {name}"),
        };
        out.push(q);
    }
    out
}

fn run(label: &str, s: &Screener, qs: &[String]) {
    let o = ScreenOptions::default();
    // warm-up
    for q in qs.iter().take(50) {
        let _ = s.screen(q, &o);
    }
    let mut lat = Vec::with_capacity(qs.len());
    let mut wall = Vec::with_capacity(qs.len());
    let mut hits = 0usize;
    let start = thread_cpu();
    for q in qs {
        let t = thread_cpu();
        let tw = Instant::now();
        if let Ok(r) = s.screen(q, &o) {
            hits += r.hits.len();
        }
        lat.push((thread_cpu() - t) * 1e6);
        wall.push(tw.elapsed().as_secs_f64() * 1e6);
    }
    let total = thread_cpu() - start;
    wall.sort_by(|a, b| a.partial_cmp(b).unwrap());
    if std::env::var("SLOWEST").is_ok() {
        let mut v: Vec<(f64, &String)> = lat.iter().copied().zip(qs.iter()).collect();
        v.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
        for (t, q) in v.iter().take(15) {
            println!("  slow: {t:.0} µs  {q}");
        }
    }
    lat.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let p = |x: f64| lat[((lat.len() as f64 - 1.0) * x) as usize];
    println!(
        "{label}: wall-clock p50 {:.0} µs, p99 {:.0} µs (inflated when other processes share the core)",
        wall[wall.len() / 2],
        wall[(wall.len() as f64 * 0.99) as usize]
    );
    println!(
        "{label}: {} queries, thread CPU time p50 {:.0} µs, p90 {:.0} µs, p99 {:.0} µs, max {:.0} µs, throughput {:.0} names/s (CPU), {:.2} hits/query",
        qs.len(),
        p(0.5),
        p(0.9),
        p(0.99),
        lat[lat.len() - 1],
        qs.len() as f64 / total,
        hits as f64 / qs.len() as f64
    );
}

fn main() {
    let synth_n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let mut rng = Rng(0x9E3779B97F4A7C15);

    let t = Instant::now();
    let entries = lists::all_entries();
    let load = t.elapsed();
    let t = Instant::now();
    let c = thread_cpu();
    let s = Screener::build(entries.iter());
    let build = t.elapsed();
    let build_cpu = thread_cpu() - c;
    println!(
        "real lists: {} entries, {} names; load (test CSV/XML reader) {:.0} ms, index build {:.0} ms wall / {:.0} ms CPU, VmHWM {:.0} MB",
        s.len(),
        s.name_count(),
        load.as_secs_f64() * 1e3,
        build.as_secs_f64() * 1e3,
        build_cpu * 1e3,
        vm_hwm_mb()
    );
    // The product path: embedded lists read by embargo-lists, then indexed.
    // Wall clock: the lists crate may parse on other threads.
    let t = Instant::now();
    let set = embargo_lists::ListSet::builtin().expect("builtin lists");
    let lists_load = t.elapsed().as_secs_f64();
    let c = thread_cpu();
    let s2 = Screener::build(set.entries());
    println!(
        "product path: embargo_lists::ListSet::builtin() {:.0} ms wall + Screener::build {:.0} ms CPU ({} entries, {} names)",
        lists_load * 1e3,
        (thread_cpu() - c) * 1e3,
        s2.len(),
        s2.name_count()
    );
    drop(s2);
    drop(set);
    if std::env::var("BUILD_ONLY").is_ok() {
        return;
    }
    let qs = queries(&entries, 5000, &mut rng);
    run("real lists", &s, &qs);
    drop(s);

    if synth_n == 0 {
        return;
    }
    // Name parts of real persons ("SURNAME, Given Names").
    let mut surnames = Vec::new();
    let mut givens = Vec::new();
    for e in entries.iter().filter(|e| e.schema == Schema::Person) {
        for n in e.all_names() {
            if let Some((sur, given)) = n.split_once(", ") {
                surnames.push(sur.trim().to_string());
                givens.extend(given.split_whitespace().map(str::to_string));
            }
        }
    }
    surnames.sort();
    surnames.dedup();
    givens.sort();
    givens.dedup();
    let prov = Provenance {
        list: ListKind::OpenSanctions,
        source_file: "synthetic".into(),
        version: String::new(),
    };
    let t = Instant::now();
    let mut synth: Vec<ListEntry> = Vec::with_capacity(synth_n);
    for i in 0..synth_n {
        let name = if rng.next() & 1 == 0 {
            format!("{}, {}", rng.pick(&surnames), rng.pick(&givens))
        } else {
            format!(
                "{}, {} {}",
                rng.pick(&surnames),
                rng.pick(&givens),
                rng.pick(&givens)
            )
        };
        synth.push(ListEntry {
            list_id: format!("S{i}"),
            schema: Schema::Person,
            name,
            aliases: Vec::new(),
            birth_dates: Vec::new(),
            nationalities: Vec::new(),
            programs: Vec::new(),
            titles: Vec::new(),
            listed_on: None,
            remarks: None,
            provenance: prov.clone(),
        });
    }
    let gen = t.elapsed();
    let t = Instant::now();
    let c = thread_cpu();
    let s = Screener::build(synth.iter().chain(entries.iter()));
    let build = t.elapsed();
    let build_cpu = thread_cpu() - c;
    println!(
        "synthetic: {} entries ({} surnames x {} given names recombined) + real; generate {:.1} s, index build {:.1} s wall / {:.1} s CPU, VmHWM {:.0} MB",
        synth_n,
        surnames.len(),
        givens.len(),
        gen.as_secs_f64(),
        build.as_secs_f64(),
        build_cpu,
        vm_hwm_mb()
    );
    let mut qs = queries(&synth, 2500, &mut rng);
    qs.extend(queries(&entries, 2500, &mut rng));
    run("synthetic", &s, &qs);
    println!("VmHWM at end {:.0} MB", vm_hwm_mb());
}
