//! Search latency per keystroke, measured natively in release mode: every prefix of realistic queries,
//! typed one letter at a time, against the real content (the FAQ, the error-code catalogue and the
//! guide's flows) and against 2,000 generated questions made from the real FAQ's own words beside the
//! real catalogue and flows. A keystroke is what the page computes for it: the listing, and when
//! nothing matched, the nearest questions. Prints the median, 95th percentile and worst keystroke,
//! and where each stands against the 1 ms budget.
//!
//! `cargo run --release -p skattedeling-bench [content]`

use skattedeling_core::search::text::tokenize;
use skattedeling_core::{
    ui, Audience, CalendarDate, Faq, FaqData, Guide, Listing, Question, Section, SiteData,
};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// What municipal staff and vendors type, as in the ranking table.
const QUERIES: &[&str] = &[
    "delegere i altinn",
    "maskinporten scope",
    "skatteetaten:summertskattegrunnlag",
    "hovedorganisasjonsnummer",
    "hva koster det",
    "innbyggere i andre kommuner",
    "næringsinntekt utkast",
    "bytte leverandør",
    "virksomhetssertifikat feil",
    "når stenger infotorg",
    "orgnr",
    "delegerring",
    "mp-251",
    "ssg005 feil",
    "verksemdssertifikat",
    "organisajonsnumer",
    "når legges infotorg ned",
    "fakturaadresse xylofon",
];

/// The keystroke budget.
const BUDGET: Duration = Duration::from_millis(1);
/// How many times each keystroke is timed; the fastest counts (the others measure the machine).
const REPEATS: usize = 5;

/// A small deterministic generator (xorshift64*), so every run searches the same generated FAQ.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A FAQ of `count` questions whose words are drawn from `real`'s titles, answers and keywords, and
/// `real`'s error-code catalogue.
fn generated(real: &Faq, count: usize) -> Faq {
    let mut words: Vec<String> = Vec::new();
    for q in &real.questions {
        for text in [&q.title, &q.answer_text] {
            words.extend(
                tokenize(text)
                    .into_iter()
                    .map(|t| text[t.start..t.end].to_string()),
            );
        }
        words.extend(q.keywords.iter().cloned());
    }
    let mut rng = Rng(0x5eed_cafe_f00d_beef);
    let sentence = |rng: &mut Rng, min: usize, max: usize| {
        let n = min + rng.below(max - min + 1);
        (0..n)
            .map(|_| words[rng.below(words.len())].as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let sections: Vec<Section> = (0..20)
        .map(|i| Section {
            id: format!("seksjon-{i}"),
            title: format!("Seksjon {i}"),
            shows_timeline: false,
        })
        .collect();
    let questions = (0..count)
        .map(|i| {
            let title = format!("{}?", sentence(&mut rng, 5, 14));
            let answer = sentence(&mut rng, 30, 160);
            Question {
                id: format!("sporsmal-{i}"),
                section: sections[i % sections.len()].id.clone(),
                title,
                audiences: vec![Audience::ALL[i % 3]],
                updated: CalendarDate::ymd(2026, 11, 28).expect("a valid date"),
                keywords: (0..rng.below(5))
                    .map(|_| sentence(&mut rng, 1, 2))
                    .collect(),
                answer_html: format!("<p>{answer}</p>"),
                answer_text: answer,
                sources: None,
            }
        })
        .collect();
    let mut faq = Faq {
        sections,
        questions,
        timeline: Vec::new(),
        synonyms: real.synonyms.clone(),
    };
    let catalogue = |q: &&Question| q.section == ui::CODES_SECTION_ID;
    faq.sections.extend(
        real.sections
            .iter()
            .filter(|s| s.id == ui::CODES_SECTION_ID)
            .cloned(),
    );
    faq.questions
        .extend(real.questions.iter().filter(catalogue).cloned());
    faq
}

/// What the page computes for one keystroke: the listing, and the nearest questions when it is empty.
fn keystroke(data: &FaqData, typed: &str) -> usize {
    match data.listing(typed, None) {
        Listing::Results(hits) if hits.is_empty() => data.closest(typed, None).len(),
        listing => listing.count(),
    }
}

/// Times every keystroke of every query: the fastest of [`REPEATS`] runs each.
fn keystrokes(data: &FaqData) -> Vec<Duration> {
    let mut times = Vec::new();
    for query in QUERIES {
        let chars: Vec<char> = query.chars().collect();
        for n in 1..=chars.len() {
            let typed: String = chars[..n].iter().collect();
            let best = (0..REPEATS)
                .map(|_| {
                    let start = Instant::now();
                    let shown = keystroke(data, &typed);
                    let took = start.elapsed();
                    std::hint::black_box(shown);
                    took
                })
                .min()
                .expect("REPEATS > 0");
            times.push(best);
        }
    }
    times.sort();
    times
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn report(label: &str, faq: &Faq, guide: &Guide) {
    let start = Instant::now();
    let data = SiteData::new(faq.clone(), guide.clone(), Vec::new()).faq_data();
    let built = start.elapsed();
    let times = keystrokes(&data);
    let at = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    let worst = *times.last().expect("at least one keystroke");
    let verdict = if at(0.95) <= BUDGET { "within" } else { "OVER" };
    println!(
        "{label:<28} {:>5} questions + {} flows  {:>4} keystrokes  median {:>9}  p95 {:>9}  worst {:>9}  index built in {}  → p95 {verdict} the {} budget",
        faq.questions.len(),
        guide.flows.len(),
        times.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(worst),
        ms(built),
        ms(BUDGET),
    );
}

fn main() {
    let content = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("content"), PathBuf::from);
    let site = match skattedeling_sitegen::compile(&content) {
        Ok(site) => site,
        Err(errors) => {
            eprintln!("error: the content has problems:\n{errors}");
            std::process::exit(1);
        }
    };
    println!(
        "Search latency per keystroke (native, release build; the app runs the same code as wasm):"
    );
    report("the real content", &site.faq, &site.guide);
    report(
        "2,000 generated questions",
        &generated(&site.faq, 2000),
        &site.guide,
    );
}
