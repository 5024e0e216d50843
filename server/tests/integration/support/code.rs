//! What the code declares, read from its source: every server function with its
//! arguments and body, every page with the component that draws it, every route the
//! server adds by hand, and every query key a page reads. Tests that must cover *every*
//! one of these (issue 14: the generated bad input and the authorization matrix) take
//! their lists from here, so a new function or page is covered without anyone
//! remembering to add it to a test.
//!
//! This is a reader for our own code, not a Rust parser: it knows the shapes we write
//! (`#[server(prefix = "/api", endpoint = "…")]` then `pub async fn name(args) -> …`,
//! `<Route path=path!("…") view=Page …/>`, `.route("…", get(…))`, `q.get("key")`) and
//! fails loudly when a declaration does not read as one of them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One `#[server]` function as declared.
#[derive(Clone, Debug)]
pub struct ServerFunction {
    /// The Rust name, e.g. `request_booking`.
    pub name: String,
    /// The path it answers, e.g. `/api/rooms/request_booking`.
    pub path: String,
    pub args: Vec<Arg>,
    /// The function's body as written: what it checks first.
    pub body: String,
    /// Where it is declared, for messages.
    pub file: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arg {
    pub name: String,
    /// The type as written, without spaces: `i32`, `Option<String>`, `Vec<i32>`.
    pub ty: String,
}

/// What kind of value an argument takes, as far as a generator needs to know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    Integer,
    Float,
    Bool,
    Text,
    /// A list (`Vec<…>`), sent as `name[0]=…`.
    List,
    /// A map (`BTreeMap<String, String>`), sent as `name[key]=…`.
    Map,
    /// A struct of ours, sent as `name[field]=…`, with its fields.
    Struct(Vec<Arg>),
}

impl Arg {
    pub fn optional(&self) -> bool {
        self.ty.starts_with("Option<")
    }

    pub fn kind(&self) -> Kind {
        let inner = self.ty.strip_prefix("Option<").and_then(|t| t.strip_suffix('>')).unwrap_or(&self.ty);
        let last = inner.rsplit("::").next().unwrap_or(inner);
        if inner.starts_with("Vec<") {
            Kind::List
        } else if last.starts_with("BTreeMap<") || last.starts_with("HashMap<") {
            Kind::Map
        } else if last.starts_with(|c: char| c.is_ascii_uppercase()) && last != "String" {
            Kind::Struct(struct_fields(last).unwrap_or_else(|| panic!("no struct {last} in the app")))
        } else if matches!(inner, "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize") {
            Kind::Integer
        } else if matches!(inner, "f32" | "f64") {
            Kind::Float
        } else if inner == "bool" {
            Kind::Bool
        } else {
            Kind::Text
        }
    }
}

impl ServerFunction {
    /// Refuses everyone but staff before it does anything else: its body asks for staff.
    pub fn is_staff_only(&self) -> bool {
        self.body.contains("require_staff()")
    }

    /// Saves what was typed as a draft even when it refuses to go further (the proposal
    /// form, the assessment), so that nothing typed is lost; its body says so in a comment
    /// ("saved even when refused").
    pub fn keeps_a_draft_when_refused(&self) -> bool {
        self.body.contains("saved even when refused")
    }
}

/// A page route and the component that draws it.
#[derive(Clone, Debug)]
pub struct Page {
    /// As written: `/rooms/:slug`.
    pub path: String,
    pub component: String,
    /// The component's body.
    pub body: String,
}

impl Page {
    /// Shows nothing but a sign-in or "no access" page to people without a staff role.
    pub fn is_staff_only(&self) -> bool {
        self.body.contains("staff_gate(") || self.body.contains("role_gate(")
    }
}

fn app_source() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/src")
}

fn server_source() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `dir`, in a stable order.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("read {}: {e}", dir.display())).flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

fn sources(dir: &Path) -> Vec<(String, String)> {
    rust_files(dir)
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
            (path.display().to_string(), text)
        })
        .collect()
}

/// The index just past the bracket that closes the one at `open` (`(`, `{`, `[` or `<`),
/// skipping string and character literals.
fn matching(text: &str, open: usize) -> usize {
    let bytes = text.as_bytes();
    let (opening, closing) = match bytes[open] {
        b'(' => (b'(', b')'),
        b'{' => (b'{', b'}'),
        b'[' => (b'[', b']'),
        b'<' => (b'<', b'>'),
        other => panic!("not a bracket: {}", other as char),
    };
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                // A raw string r"…" or r#"…"#: find its end without escapes.
                let hashes = text[..i].chars().rev().take_while(|c| *c == '#').count();
                let raw = i > hashes && bytes[i - hashes - 1] == b'r';
                if raw {
                    let end = format!("\"{}", "#".repeat(hashes));
                    i += 1 + text[i + 1..].find(&end).expect("a raw string ends") + end.len();
                    continue;
                }
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
            }
            // '{' and '"' as characters; a lifetime ('a) has no closing quote two or three on.
            b'\'' if i + 2 < bytes.len() && bytes[i + 2] == b'\'' => i += 2,
            b'\'' if i + 3 < bytes.len() && bytes[i + 1] == b'\\' && bytes[i + 3] == b'\'' => i += 3,
            b if b == opening => depth += 1,
            b if b == closing => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    panic!("unbalanced {} at byte {open}", opening as char)
}

/// Splits `a: A, b: Option<B<C>>` at the commas outside brackets.
fn split_args(list: &str) -> Vec<Arg> {
    let mut args = Vec::new();
    let (mut depth, mut start) = (0i32, 0usize);
    let mut push = |piece: &str| {
        let piece = piece.trim();
        if piece.is_empty() {
            return;
        }
        let (name, ty) = piece.split_once(':').unwrap_or_else(|| panic!("an argument `name: Type`: {piece}"));
        let name = name.trim().trim_start_matches("mut ").to_owned();
        args.push(Arg { name, ty: ty.chars().filter(|c| !c.is_whitespace()).collect() });
    };
    for (i, c) in list.char_indices() {
        match c {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                push(&list[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    push(&list[start..]);
    args
}

/// Every `#[server]` function in the app.
pub fn server_functions() -> Vec<ServerFunction> {
    let mut found = Vec::new();
    for (file, text) in sources(&app_source()) {
        let mut from = 0;
        while let Some(at) = text[from..].find("#[server(") {
            let at = from + at;
            let attribute_end = matching(&text, at + "#[server".len());
            let attribute = &text[at..attribute_end];
            let field = |key: &str| {
                let start = attribute.find(&format!("{key} = \""))? + key.len() + 4;
                Some(attribute[start..start + attribute[start..].find('"')?].to_owned())
            };
            let prefix = field("prefix").unwrap_or_else(|| "/api".to_owned());
            let endpoint = field("endpoint").unwrap_or_else(|| panic!("{file}: a server function without an endpoint: {attribute}"));
            let fn_at = attribute_end + text[attribute_end..].find("fn ").expect("the function after #[server]");
            let open = fn_at + text[fn_at..].find('(').expect("its arguments");
            let name = text[fn_at + 3..open].trim().to_owned();
            let close = matching(&text, open);
            let args = split_args(&text[open + 1..close - 1]);
            let body_open = close + text[close..].find('{').expect("its body");
            let body_close = matching(&text, body_open);
            found.push(ServerFunction {
                name,
                path: format!("{prefix}/{endpoint}"),
                args,
                body: text[body_open..body_close].to_owned(),
                file: file.clone(),
            });
            from = body_close;
        }
    }
    found
}

/// The body of `fn name(` in any of `files`.
fn function_body(files: &[(String, String)], name: &str) -> Option<String> {
    let needle = format!("fn {name}(");
    files.iter().find_map(|(_, text)| {
        let at = text.find(&needle)?;
        let open = at + text[at..].find('{')?;
        Some(text[open..matching(text, open)].to_owned())
    })
}

/// The fields of `pub struct name { … }` in the app.
pub fn struct_fields(name: &str) -> Option<Vec<Arg>> {
    static FILES: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    let files = FILES.get_or_init(|| sources(&app_source()));
    let needle = format!("struct {name} {{");
    files.iter().find_map(|(_, text)| {
        let at = text.find(&needle)?;
        let open = at + needle.len() - 1;
        let inside = &text[open + 1..matching(text, open) - 1];
        // Without comments and attributes, `pub a: A, pub b: B`.
        let plain: String = inside
            .lines()
            .map(str::trim)
            .filter(|line| !line.starts_with("//") && !line.starts_with("#["))
            .map(|line| line.trim_start_matches("pub ").to_owned() + " ")
            .collect();
        Some(split_args(&plain))
    })
}

/// Every page route with its component.
pub fn pages() -> Vec<Page> {
    let files = sources(&app_source());
    let mut pages = Vec::new();
    for (file, text) in &files {
        for line in text.lines().filter(|l| l.trim_start().starts_with("<Route path=path!(\"")) {
            let path = line.split("path!(\"").nth(1).and_then(|rest| rest.split('"').next()).expect("a route path");
            let component = line
                .split("view=")
                .nth(1)
                .map(|rest| rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>())
                .unwrap_or_else(|| panic!("{file}: a route without view=: {line}"));
            let body = function_body(&files, &component).unwrap_or_else(|| panic!("{file}: no fn {component} for {path}"));
            pages.push(Page { path: path.to_owned(), component, body });
        }
    }
    pages
}

/// Every `GET` route the server adds itself (files, feeds, the read API, the language switch).
pub fn file_routes() -> Vec<String> {
    let mut routes = Vec::new();
    let mut files = sources(&server_source());
    files.extend(sources(&app_source()));
    for (_, text) in &files {
        let mut from = 0;
        while let Some(at) = text[from..].find(".route(\"") {
            let start = from + at + ".route(\"".len();
            let end = start + text[start..].find('"').expect("a route path ends");
            let after = &text[end..(end + 40).min(text.len())];
            if after.contains("get(") {
                routes.push(text[start..end].to_owned());
            }
            from = end;
        }
    }
    routes.sort();
    routes.dedup();
    routes
}

/// Every query key a page or route reads (`q.get("week")`, `query.read().get("next")`,
/// `Query<…>` structs' fields are found by the first form in their handlers).
pub fn query_keys() -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut files = sources(&app_source());
    files.extend(sources(&server_source()));
    for (_, text) in files.iter().filter(|(_, t)| t.contains("use_query_map") || t.contains("Query<")) {
        for piece in text.split(".get(\"").skip(1) {
            let key: String = piece.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if !key.is_empty() && piece[key.len()..].starts_with("\")") {
                keys.insert(key);
            }
        }
        // Query structs: `struct MonthQuery { month: Option<String> }`.
        for piece in text.split("Query {").skip(1) {
            let fields = piece.split('}').next().unwrap_or_default();
            for field in fields.split(',') {
                if let Some((name, _)) = field.split_once(':') {
                    let name = name.trim().trim_start_matches("pub ").trim();
                    if !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
                        keys.insert(name.to_owned());
                    }
                }
            }
        }
    }
    keys
}

#[test]
fn the_source_reader_finds_what_is_declared() {
    let functions = server_functions();
    assert!(functions.len() >= 100, "{} server functions", functions.len());
    let booking = functions.iter().find(|f| f.path == "/api/rooms/request_booking").expect("request_booking");
    assert!(booking.args.iter().any(|a| a.name == "date" && a.kind() == Kind::Text), "{:?}", booking.args);
    let paths: BTreeSet<&str> = functions.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths.len(), functions.len(), "every endpoint once");
    // What Leptos registered is exactly what the reader found: none missed, none made up.
    let registered: BTreeSet<&str> = leptos::server_fn::axum::server_fn_paths().map(|(path, _)| path).collect();
    assert_eq!(registered, paths, "the registered server functions and the ones read from the source");
    assert!(functions.iter().any(|f| f.is_staff_only()) && functions.iter().any(|f| !f.is_staff_only()));
    // The forms that keep a draft when refused, which the bad-input test lets write: only these.
    let drafts: Vec<&str> = functions.iter().filter(|f| f.keeps_a_draft_when_refused()).map(|f| f.path.as_str()).collect();
    assert_eq!(drafts, ["/api/proposals/save", "/api/proposals/assess"]);
    let pages = pages();
    assert!(pages.iter().any(|p| p.path == "/rooms/:slug" && !p.is_staff_only()));
    assert!(pages.iter().any(|p| p.path == "/admin/bookings" && p.is_staff_only()));
    assert!(file_routes().contains(&"/api/v1/datasets/{id}/rows".to_owned()));
    let keys = query_keys();
    for key in ["week", "month", "next", "date", "q"] {
        assert!(keys.contains(key), "{key} in {keys:?}");
    }
}
