//! The guide as a widget on another site's page: what the host element's attributes ask for, checked
//! before anything is shown, with every problem in words for the person who set up the page; where a
//! widget keeps its answers (its links to this site are written by [`links`](crate::links)).

use crate::connection::check_backend;
use crate::guide::Guide;
use crate::lang::Lang;
use crate::ui;
use crate::url::{encode_component, query_param};

/// The attribute that marks an element as a widget.
pub const MARKER: &str = "data-skattedeling-veiviser";
/// The host element's attribute that tests and host pages may wait for, set on every widget that
/// got its shell: [`START`] while it shows its first screen or waits for its guide, [`READY`] once the
/// guide is there or the problems with its attributes are shown.
pub const STATE: &str = "data-veiviser";
pub const START: &str = "start";
pub const READY: &str = "klar";
/// The flow the widget shows (required).
pub const FLOW: &str = "data-flyt";
/// The connection test's backend, overriding `config.json`.
pub const BACKEND: &str = "data-backend";
/// `lys`, `mork` (or `mørk`) or `auto`; without it, the widget follows the host page.
pub const THEME: &str = "data-tema";
/// Opt-in: the name of a query parameter in the host page's address that holds the widget's answers,
/// so the host's address can be shared or bookmarked with them.
pub const ADDRESS: &str = "data-adresse";
/// `nb`, `nn` or `en`: the widget's language. Without it, the host page's `<html lang>` decides
/// (nynorsk for `nn`, English for `en`, `en-GB` …; bokmål otherwise).
pub const LANGUAGE: &str = "data-sprak";

/// The attributes as the host element has them (`None`: not there).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes {
    pub flow: Option<String>,
    pub backend: Option<String>,
    pub theme: Option<String>,
    pub address: Option<String>,
    /// `data-sprak`.
    pub lang: Option<String>,
    /// The host page's `<html lang>`.
    pub host_lang: Option<String>,
}

/// Light or dark, as the host element asks or the host page has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Whatever the host page shows around the widget (see [`host_theme`]), read when the widget is
    /// mounted and again when the person's light/dark preference or the host page's own theme
    /// changes.
    FollowHost,
}

impl Theme {
    /// The value of the widget root's `data-tema`, which the stylesheet reads: `auto` follows the
    /// person's preference.
    pub fn tag(self) -> &'static str {
        match self {
            Theme::Light => "lys",
            Theme::Dark => "mork",
            Theme::FollowHost => "auto",
        }
    }
}

/// Whether a computed CSS colour (`rgb(…)` or `rgba(…)`, as browsers report them) is a dark
/// background; `None` when it is (nearly) transparent or in another notation. Integers only: float
/// parsing and `powf` would add kilobytes to the app for one comparison.
pub fn is_dark_background(computed: &str) -> Option<bool> {
    let computed = computed.trim();
    let inner = computed
        .strip_prefix("rgba(")
        .or_else(|| computed.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<&str> = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .collect();
    let (rgb, alpha) = match parts.as_slice() {
        [r, g, b] => ([r, g, b], None),
        [r, g, b, a] => ([r, g, b], Some(*a)),
        _ => return None,
    };
    // Opaque enough to be what the widget sits on: an alpha of 0.5 or more («1», «0.8», «50%»).
    if let Some(a) = alpha {
        let opaque = match (a.strip_suffix('%'), a.strip_prefix("0.")) {
            (Some(percent), _) => percent.parse::<u8>().is_ok_and(|p| p >= 50),
            (None, Some(fraction)) => fraction.starts_with(['5', '6', '7', '8', '9']),
            (None, None) => a.starts_with('1'),
        };
        if !opaque {
            return None;
        }
    }
    let [r, g, b] = rgb.map(|c| c.parse::<u32>().ok());
    // Perceived brightness (ITU-R BT.601 weights), 0–255.
    let brightness = (299 * r? + 587 * g? + 114 * b?) / 1000;
    Some(brightness < 128)
}

/// Up to this width (in the person's default font size, as `rem` in a media query) a widget takes
/// the narrow layout: the site's `@media (max-width: 30rem)` in style/main.css, which the widget's
/// stylesheet turns into rules under `data-bredde="smal"` (scripts/widget-files.sh). A widget's
/// room is its own width — a sidebar on a wide screen, say — not the window's.
pub const NARROW_REM: f64 = 30.0;
/// The value of the widget root's `data-bredde` in the narrow layout.
pub const NARROW: &str = "smal";

/// Whether a widget `width` px wide takes the narrow layout, `rem` being the person's default font
/// size in px.
pub fn is_narrow(width: f64, rem: f64) -> bool {
    width <= NARROW_REM * rem
}

/// The theme of a widget that follows its host: the host element's `color-scheme` when it is only
/// light or only dark; otherwise the first opaque background behind the widget (`backgrounds`, from
/// the host element outwards), so a host page that is dark by its own media queries or styles gets
/// a dark widget; otherwise, with no background anywhere, the page's canvas:
/// light unless the page's `color-scheme` lets the person's preference choose (`root_scheme`).
pub fn host_theme<'a>(
    host_scheme: &str,
    backgrounds: impl IntoIterator<Item = &'a str>,
    root_scheme: &str,
) -> Theme {
    match host_scheme.trim().trim_start_matches("only ").trim() {
        "light" => return Theme::Light,
        "dark" => return Theme::Dark,
        _ => {}
    }
    if let Some(dark) = backgrounds.into_iter().find_map(is_dark_background) {
        return if dark { Theme::Dark } else { Theme::Light };
    }
    if root_scheme.contains("dark") {
        Theme::FollowHost
    } else {
        Theme::Light
    }
}

/// A flow as a widget knows it before the guide's app is there (its first screen shows the title and
/// the description, and [`read`] checks the host's `data-flyt` against the ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FlowIntro<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub description: &'a str,
}

impl Guide {
    /// Every flow's [`FlowIntro`], in the guide's order.
    pub fn intros(&self) -> Vec<FlowIntro<'_>> {
        self.flows
            .iter()
            .map(|f| FlowIntro {
                id: &f.id,
                title: &f.title,
                description: &f.description,
            })
            .collect()
    }
}

/// A widget's checked setup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Setup {
    pub flow: String,
    pub backend: Option<String>,
    pub theme: Theme,
    /// The host's query parameter for the answers, when the host opted in.
    pub address: Option<String>,
    pub lang: Lang,
}

/// The language a widget speaks: its `data-sprak` when that is one of the site's, else the host
/// page's. (A `data-sprak` that is none of them is a problem [`read`] reports, in this language.)
pub fn widget_lang(attributes: &Attributes) -> Lang {
    attributes
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_else(|| Lang::from_code(attributes.host_lang.as_deref().unwrap_or("")))
}

/// What the host page asks for, or every problem with it (in Norwegian, for the widget to show).
/// `flows` are the flows in the widget's language ([`widget_lang`]).
pub fn read(attributes: &Attributes, flows: &[FlowIntro]) -> Result<Setup, Vec<String>> {
    let mut problems = Vec::new();
    let flow = read_flow(attributes.flow.as_deref(), flows, &mut problems);
    let backend = read_backend(attributes.backend.as_deref(), &mut problems);
    let theme = read_theme(attributes.theme.as_deref(), &mut problems);
    let address = read_address(attributes.address.as_deref(), &mut problems);
    if let Some(code) = (attributes.lang.as_deref().map(str::trim))
        .filter(|code| !code.is_empty() && Lang::parse(code).is_none())
    {
        problems.push(format!(
            "{LANGUAGE}=«{code}» kan bare være «nb» (bokmål), «nn» (nynorsk) eller «en» (engelsk)."
        ));
    }
    match flow {
        Some(flow) if problems.is_empty() => Ok(Setup {
            flow,
            backend,
            theme,
            address,
            lang: widget_lang(attributes),
        }),
        _ => Err(problems),
    }
}

fn read_flow(
    flow: Option<&str>,
    flows: &[FlowIntro],
    problems: &mut Vec<String>,
) -> Option<String> {
    let choices = || {
        flows
            .iter()
            .map(|f| format!("«{}» ({})", f.id, f.title))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match flow.map(str::trim) {
        None | Some("") => {
            problems.push(format!(
                "Elementet mangler {FLOW}, som sier hvilken veiviser som skal vises. Mulige verdier: {}.",
                choices()
            ));
            None
        }
        Some(id) if !flows.iter().any(|f| f.id == id) => {
            problems.push(format!(
                "{FLOW}=«{id}» er ikke en veiviser her. Mulige verdier: {}.",
                choices()
            ));
            None
        }
        Some(id) => Some(id.to_string()),
    }
}

fn read_backend(backend: Option<&str>, problems: &mut Vec<String>) -> Option<String> {
    match backend.map(str::trim) {
        None | Some("") => None,
        Some(url) => match check_backend(url) {
            Ok(url) => Some(url),
            Err(why) => {
                problems.push(format!("{BACKEND}={why}."));
                None
            }
        },
    }
}

fn read_theme(theme: Option<&str>, problems: &mut Vec<String>) -> Theme {
    match theme.map(str::trim) {
        None | Some("") | Some("auto") => Theme::FollowHost,
        Some("lys") => Theme::Light,
        Some("mork") | Some("mørk") => Theme::Dark,
        Some(other) => {
            problems.push(format!(
                "{THEME}=«{other}» kan bare være «lys», «mørk» (eller «mork») eller «auto»."
            ));
            Theme::FollowHost
        }
    }
}

fn read_address(address: Option<&str>, problems: &mut Vec<String>) -> Option<String> {
    match address.map(str::trim) {
        None | Some("") => None,
        Some(name) if is_parameter_name(name) => Some(name.to_string()),
        Some(name) => {
            problems.push(format!(
                "{ADDRESS}=«{name}» må være navnet på en parameter i adressen: høyst 40 tegn, små \
                 bokstaver a–z, sifre og bindestrek, og ikke q, for, flyt eller endre (dem bruker \
                 Skattedeling selvbetjening selv)."
            ));
            None
        }
    }
}

fn is_parameter_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 40
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        // The site's own parameters would confuse a person who opens the same address on the site.
        && !["q", "for", "flyt", "endre"].contains(&name)
}

/// A widget's name as a landmark on the host page: its flow's title, numbered from the second widget
/// of the same flow on (`earlier`: how many of that flow came before), so no two are named alike.
pub fn landmark_label(lang: Lang, flow_title: &str, earlier: usize) -> String {
    let label = texts(lang).label;
    match earlier {
        0 => format!("{label}: {flow_title}"),
        n => format!("{label}: {flow_title} ({})", n + 1),
    }
}

/// The problem with a widget in another language than the page's first: the guide on a page speaks
/// one language.
pub fn other_language(first: Lang) -> String {
    format!(
        "{LANGUAGE}: alle veiviserne på en side må være på samme språk, og den første er på {}. \
         Gi dem samme {LANGUAGE}, eller ta det bort, så følger de sidens språk.",
        match first {
            Lang::Nb => "bokmål",
            Lang::Nn => "nynorsk",
            Lang::En => "engelsk",
        }
    )
}

/// The problem with a second widget that names the same address parameter as an earlier one: both
/// would write, and follow Back and Forward in, the same place.
pub fn duplicate_address(name: &str) -> String {
    format!(
        "{ADDRESS}=«{name}» brukes allerede av en annen veiviser på siden. Gi hver veiviser sitt \
         eget navn."
    )
}

/// The widgets read so far on a page, in the page's order, so that the next one neither repeats their
/// landmark name nor their address parameter. The widget's first app reads each widget it gives a
/// shell, and the guide's app reads those same ones (marked [`STATE`]) up to the one it mounts, so
/// both agree on both as long as the host page has not moved its widgets in between.
#[derive(Debug, Default)]
pub struct Seen {
    flows: Vec<String>,
    addresses: Vec<String>,
    lang: Option<Lang>,
}

/// A widget that can be shown: its setup and its name as a landmark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Admitted {
    pub setup: Setup,
    pub label: String,
}

impl Seen {
    /// Reads the next widget on the page (see [`read`]): a second widget with the same address
    /// parameter is refused; one of a flow shown before is numbered in its name.
    pub fn read(
        &mut self,
        attributes: &Attributes,
        flows: &[FlowIntro],
    ) -> Result<Admitted, Vec<String>> {
        let setup = read(attributes, flows)?;
        if let Some(first) = self.lang.filter(|&l| l != setup.lang) {
            return Err(vec![other_language(first)]);
        }
        if let Some(name) = setup
            .address
            .as_ref()
            .filter(|n| self.addresses.contains(n))
        {
            return Err(vec![duplicate_address(name)]);
        }
        let earlier = self.flows.iter().filter(|f| **f == setup.flow).count();
        let title = flows
            .iter()
            .find(|f| f.id == setup.flow)
            .map_or("", |f| f.title);
        let label = landmark_label(setup.lang, title, earlier);
        self.lang = Some(setup.lang);
        self.flows.push(setup.flow.clone());
        self.addresses.extend(setup.address.clone());
        Ok(Admitted { setup, label })
    }
}

/// The key under which a widget keeps its answers for the browser tab: one per host page and widget,
/// so two widgets on a page, or the same flow on two pages, never share answers. `instance` is the
/// element's `id`, or its place among the page's widgets when it has none.
pub fn storage_key(page_path: &str, instance: &str) -> String {
    format!("skattedeling.veiviser.{page_path}.{instance}")
}

/// The guide's answers as a widget keeps them in the host's address: `?flyt=…&…` becomes the value of
/// one parameter.
pub fn address_value(guide_query: &str) -> String {
    guide_query.trim_start_matches('?').to_string()
}

/// The guide query in the host's address under `name`, if any.
pub fn guide_query_in(host_query: &str, name: &str) -> Option<String> {
    query_param(host_query, name)
        .filter(|v| !v.is_empty())
        .map(|v| format!("?{v}"))
}

/// The host's query string with `name` set to `value` (removed when `value` is empty), every other
/// parameter kept as it was written.
pub fn with_parameter(host_query: &str, name: &str, value: &str) -> String {
    let mut parts: Vec<String> = host_query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            p.split('=')
                .next()
                .map(crate::url::decode_query_value)
                .as_deref()
                != Some(name)
        })
        .map(String::from)
        .collect();
    if !value.is_empty() {
        parts.push(format!("{name}={}", encode_component(value)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// What a widget says before its guide is there, and when it cannot be shown: in the widget's first
/// app, which carries these and not the guide's texts ([`crate::guide_ui`]).
#[derive(Debug)]
pub struct WidgetTexts {
    /// Before the flow's title, naming the widget as a landmark on the host page.
    pub label: &'static str,
    pub start: &'static str,
    pub loading: &'static str,
    /// Followed by a link to the site ([`WidgetTexts::site_name`]) and a full stop.
    pub load_failed: &'static str,
    pub retry: &'static str,
    pub problem_title: &'static str,
    pub problem_lead: &'static str,
    /// Followed by a link to the site and a full stop.
    pub problem_owner: &'static str,
    pub site_name: &'static str,
}

/// A widget's words in `lang`.
pub fn texts(lang: Lang) -> &'static WidgetTexts {
    match lang {
        Lang::Nb => &NB_TEXTS,
        Lang::Nn => &NN_TEXTS,
        Lang::En => &EN_TEXTS,
    }
}

static NB_TEXTS: WidgetTexts = WidgetTexts {
    label: "Veiviser fra Skattedeling selvbetjening",
    start: "Start veiviseren",
    loading: ui::GUIDE_LOADING,
    load_failed:
        "Veiviseren kunne ikke lastes. Det kan skyldes nettforbindelsen. Prøv igjen, eller \
         bruk veiviseren på",
    retry: "Prøv igjen",
    problem_title: "Veiviseren kan ikke vises her",
    problem_lead: "Veiviseren fra Skattedeling selvbetjening er satt inn på denne siden, men \
         oppsettet er ikke riktig:",
    problem_owner: "Den som har ansvar for siden, må rette oppsettet. Til da finner du veiviserne \
         og svarene på",
    site_name: ui::SITE_NAME,
};

static NN_TEXTS: WidgetTexts = WidgetTexts {
    label: "Vegvisar frå Skattedeling sjølvbetening",
    start: "Start vegvisaren",
    loading: "Lastar vegvisaren …",
    load_failed:
        "Vegvisaren kunne ikkje lastast. Det kan kome av nettsambandet. Prøv igjen, eller \
         bruk vegvisaren på",
    retry: "Prøv igjen",
    problem_title: "Vegvisaren kan ikkje visast her",
    problem_lead: "Vegvisaren frå Skattedeling sjølvbetening er sett inn på denne sida, men \
         oppsettet er ikkje rett:",
    problem_owner: "Den som har ansvaret for sida, må rette oppsettet. Fram til då finn du \
         vegvisarane og svara på",
    site_name: "Skattedeling sjølvbetening",
};

static EN_TEXTS: WidgetTexts = WidgetTexts {
    label: "Guide from Tax data sharing self-service",
    start: "Start the guide",
    loading: "Loading the guide…",
    load_failed: "The guide could not be loaded. This may be due to the network connection. Try \
         again, or use the guide on",
    retry: "Try again",
    problem_title: "The guide cannot be shown here",
    problem_lead: "The guide from Tax data sharing self-service has been added to this page, but \
         it is not set up correctly:",
    problem_owner: "Whoever is responsible for this page must correct the setup. Until then, you \
         will find the guides and answers on",
    site_name: "Tax data sharing self-service",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::Flow;

    #[test]
    fn the_narrow_layout_follows_the_widgets_width_in_the_persons_font_size() {
        assert!(is_narrow(300.0, 16.0));
        assert!(
            is_narrow(480.0, 16.0),
            "30rem, as the site's media query, is still narrow"
        );
        assert!(!is_narrow(481.0, 16.0));
        assert!(
            is_narrow(550.0, 20.0),
            "a larger default font size makes more widths narrow"
        );
        assert!(!is_narrow(1000.0, 20.0));
    }

    fn guide() -> Guide {
        let flow = |id: &str, title: &str| Flow {
            id: id.into(),
            title: title.into(),
            description: String::new(),
            note_html: None,
            start: String::new(),
            steps: Vec::new(),
        };
        Guide {
            flows: vec![
                flow("tilkobling", "Koble til"),
                flow("bytte", "Bytte leverandør"),
            ],
            checks: Vec::new(),
        }
    }

    fn attrs(flow: Option<&str>) -> Attributes {
        Attributes {
            flow: flow.map(String::from),
            ..Attributes::default()
        }
    }

    #[test]
    fn a_known_flow_is_all_a_widget_needs() {
        let setup = read(&attrs(Some("tilkobling")), &guide().intros()).unwrap();
        assert_eq!(setup.flow, "tilkobling");
        assert_eq!(setup.backend, None);
        assert_eq!(setup.theme, Theme::FollowHost);
        assert_eq!(setup.address, None);
    }

    #[test]
    fn a_missing_or_unknown_flow_names_the_attribute_and_every_choice() {
        for flow in [None, Some(""), Some("  ")] {
            let problems = read(&attrs(flow), &guide().intros()).unwrap_err();
            assert_eq!(problems.len(), 1);
            assert!(problems[0].contains("mangler data-flyt"), "{problems:?}");
            assert!(problems[0].contains("«tilkobling» (Koble til), «bytte» (Bytte leverandør)"));
        }
        let problems = read(&attrs(Some("tilkoblng")), &guide().intros()).unwrap_err();
        assert!(problems[0].starts_with("data-flyt=«tilkoblng» er ikke en veiviser"));
    }

    #[test]
    fn the_backend_must_be_an_address_and_is_kept_without_its_trailing_slash() {
        let with = |b: &str| {
            read(
                &Attributes {
                    backend: Some(b.into()),
                    ..attrs(Some("bytte"))
                },
                &guide().intros(),
            )
        };
        assert_eq!(
            with("https://test.example.no/api/")
                .unwrap()
                .backend
                .as_deref(),
            Some("https://test.example.no/api")
        );
        assert_eq!(with(" ").unwrap().backend, None);
        for bad in ["ftp://x", "test.example.no", "https://", "https://x?y"] {
            let problems = with(bad).unwrap_err();
            assert!(
                problems[0].starts_with("data-backend=«"),
                "{bad}: {problems:?}"
            );
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let problems = read(
            &Attributes {
                flow: Some("nei".into()),
                backend: Some("nei".into()),
                theme: Some("blå".into()),
                address: Some("Svar!".into()),
                lang: Some("se".into()),
                host_lang: None,
            },
            &guide().intros(),
        )
        .unwrap_err();
        assert_eq!(problems.len(), 5, "{problems:?}");
        assert!(problems[2].contains("«lys», «mørk» (eller «mork») eller «auto»"));
        assert!(problems[3].starts_with("data-adresse=«Svar!»"));
        assert!(problems[4].starts_with("data-sprak=«se» kan bare være «nb» (bokmål), «nn»"));
    }

    #[test]
    fn themes_are_read_in_norwegian() {
        let theme = |t: &str| {
            read(
                &Attributes {
                    theme: Some(t.into()),
                    ..attrs(Some("bytte"))
                },
                &guide().intros(),
            )
            .unwrap()
            .theme
        };
        assert_eq!(theme("lys"), Theme::Light);
        assert_eq!(theme("mørk"), Theme::Dark);
        assert_eq!(theme("mork"), Theme::Dark);
        assert_eq!(theme("auto"), Theme::FollowHost);
    }

    #[test]
    fn backgrounds_are_read_as_browsers_report_them() {
        assert_eq!(is_dark_background("rgb(255, 255, 255)"), Some(false));
        assert_eq!(is_dark_background("rgb(17, 22, 28)"), Some(true));
        assert_eq!(is_dark_background("rgba(30, 30, 30, 0.9)"), Some(true));
        assert_eq!(is_dark_background("rgb(0 0 0 / 0.8)"), Some(true));
        // Mid grey: black text reads better on it.
        assert_eq!(is_dark_background("rgb(150, 150, 150)"), Some(false));
        assert_eq!(is_dark_background("rgb(100, 100, 100)"), Some(true));
        assert_eq!(is_dark_background("rgba(30, 30, 30, 0.4)"), None);
        assert_eq!(is_dark_background("rgba(30, 30, 30, 1)"), Some(true));
        assert_eq!(is_dark_background("rgb(30 30 30 / 10%)"), None);
        assert_eq!(is_dark_background("rgb(30 30 30 / 80%)"), Some(true));
        assert_eq!(is_dark_background("rgba(0, 0, 0, 0)"), None);
        assert_eq!(is_dark_background("transparent"), None);
        assert_eq!(is_dark_background("color(srgb 1 1 1)"), None);
    }

    #[test]
    fn a_widget_follows_the_hosts_scheme_then_its_background_then_its_canvas() {
        let none: [&str; 0] = [];
        assert_eq!(
            host_theme("dark", ["rgb(255, 255, 255)"], "normal"),
            Theme::Dark
        );
        assert_eq!(host_theme("only light", none, "light dark"), Theme::Light);
        let behind = ["rgba(0, 0, 0, 0)", "rgb(30, 30, 30)", "rgb(255, 255, 255)"];
        assert_eq!(host_theme("light dark", behind, "light dark"), Theme::Dark);
        assert_eq!(
            host_theme("normal", ["rgb(250, 250, 250)"], "normal"),
            Theme::Light
        );
        // No background anywhere: the canvas is white unless the page lets the preference choose.
        assert_eq!(host_theme("normal", none, "normal"), Theme::Light);
        assert_eq!(
            host_theme("light dark", none, "light dark"),
            Theme::FollowHost
        );
    }

    #[test]
    fn the_address_parameter_may_not_be_one_of_the_sites_own() {
        for name in ["flyt", "q", "endre", "", "a b"] {
            assert!(!is_parameter_name(name), "{name}");
        }
        assert!(is_parameter_name("veiviser-2"));
    }

    #[test]
    fn answers_live_in_one_parameter_of_the_hosts_address_beside_its_own() {
        let guide_query = "?flyt=tilkobling&rolle=kommune&kommune-orgnr=974760673";
        let host = with_parameter("?side=3&sok=a%20b", "veiviser", &address_value(guide_query));
        assert_eq!(
            host,
            "?side=3&sok=a%20b&veiviser=flyt%3Dtilkobling%26rolle%3Dkommune%26kommune-orgnr%3D974760673"
        );
        assert_eq!(
            guide_query_in(&host, "veiviser").as_deref(),
            Some(guide_query)
        );
        // Answering again replaces the value; clearing it leaves the host's own parameters.
        let again = with_parameter(&host, "veiviser", "flyt=bytte");
        assert_eq!(again, "?side=3&sok=a%20b&veiviser=flyt%3Dbytte");
        assert_eq!(with_parameter(&again, "veiviser", ""), "?side=3&sok=a%20b");
        assert_eq!(with_parameter("", "veiviser", ""), "");
        assert_eq!(guide_query_in("?side=3", "veiviser"), None);
    }

    #[test]
    fn widgets_of_one_flow_get_numbered_landmarks() {
        assert_eq!(
            landmark_label(Lang::Nb, "Bytte leverandør", 0),
            "Veiviser fra Skattedeling selvbetjening: Bytte leverandør"
        );
        assert_eq!(
            landmark_label(Lang::Nb, "Bytte leverandør", 1),
            "Veiviser fra Skattedeling selvbetjening: Bytte leverandør (2)"
        );
        assert!(
            duplicate_address("veiviser").starts_with("data-adresse=«veiviser» brukes allerede")
        );
    }

    #[test]
    fn storage_keys_differ_per_page_and_instance() {
        assert_ne!(storage_key("/a", "1"), storage_key("/a", "2"));
        assert_ne!(storage_key("/a", "1"), storage_key("/b", "1"));
    }

    #[test]
    fn the_widgets_of_a_page_are_read_in_order_numbered_and_kept_apart() {
        let guide = guide();
        let flows = guide.intros();
        let widget = |flow: &str, address: Option<&str>| Attributes {
            flow: Some(flow.into()),
            address: address.map(String::from),
            ..Attributes::default()
        };
        let mut seen = Seen::default();
        let first = seen.read(&widget("bytte", Some("a")), &flows).unwrap();
        assert_eq!(first.label, landmark_label(Lang::Nb, "Bytte leverandør", 0));
        // A widget with problems is not counted.
        assert!(seen.read(&widget("nei", None), &flows).is_err());
        let second = seen.read(&widget("bytte", None), &flows).unwrap();
        assert_eq!(
            second.label,
            landmark_label(Lang::Nb, "Bytte leverandør", 1)
        );
        let other = seen.read(&widget("tilkobling", None), &flows).unwrap();
        assert_eq!(other.label, landmark_label(Lang::Nb, "Koble til", 0));
        assert_eq!(
            seen.read(&widget("tilkobling", Some("a")), &flows),
            Err(vec![duplicate_address("a")])
        );
    }

    #[test]
    fn a_widget_speaks_its_data_sprak_or_else_the_host_pages_language() {
        let lang = |sprak: Option<&str>, host: Option<&str>| {
            let attributes = Attributes {
                lang: sprak.map(String::from),
                host_lang: host.map(String::from),
                ..attrs(Some("bytte"))
            };
            (
                widget_lang(&attributes),
                read(&attributes, &guide().intros()).map(|s| s.lang),
            )
        };
        assert_eq!(lang(None, None), (Lang::Nb, Ok(Lang::Nb)));
        assert_eq!(lang(Some("nn"), Some("en")), (Lang::Nn, Ok(Lang::Nn)));
        assert_eq!(lang(Some(" EN "), None), (Lang::En, Ok(Lang::En)));
        assert_eq!(lang(None, Some("nn-NO")), (Lang::Nn, Ok(Lang::Nn)));
        assert_eq!(lang(None, Some("en-GB")), (Lang::En, Ok(Lang::En)));
        assert_eq!(lang(None, Some("no")), (Lang::Nb, Ok(Lang::Nb)));
        assert_eq!(lang(Some(""), Some("en")), (Lang::En, Ok(Lang::En)));
        // One that is none of the site's is a problem; the widget says so in the host's language.
        let (shown, read) = lang(Some("sme"), Some("nn"));
        assert_eq!(shown, Lang::Nn);
        assert!(read.unwrap_err()[0].starts_with("data-sprak=«sme»"));
    }

    #[test]
    fn the_widgets_of_a_page_speak_one_language() {
        let flows = guide();
        let flows = flows.intros();
        let widget = |sprak: &str| Attributes {
            lang: Some(sprak.into()),
            ..attrs(Some("bytte"))
        };
        let mut seen = Seen::default();
        let first = seen.read(&widget("nn"), &flows).unwrap();
        assert!(first.label.starts_with("Vegvisar frå"), "{}", first.label);
        assert_eq!(
            seen.read(&widget("en"), &flows),
            Err(vec![other_language(Lang::Nn)])
        );
        assert!(other_language(Lang::Nn).contains("den første er på nynorsk"));
        assert!(seen.read(&widget("nn"), &flows).is_ok());
    }

    #[test]
    fn every_language_has_the_widgets_words() {
        for lang in Lang::TRANSLATIONS {
            let (nb, other) = (texts(Lang::Nb), texts(lang));
            assert_ne!(nb.start, other.start);
            assert_ne!(nb.problem_title, other.problem_title);
            assert_ne!(nb.load_failed, other.load_failed);
            assert!(!other.label.is_empty() && !other.site_name.is_empty());
        }
    }
}
