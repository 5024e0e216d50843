//! Pure: the Content-Security-Policy every response is sent with. Only this site's own
//! scripts run, plus the one inline script Leptos writes to start the islands, allowed by
//! its SHA-256 (`app::inline_script_hashes`); wasm may be compiled
//! (`'wasm-unsafe-eval'`); no inline styles (progress bars are SVG); images from this site
//! and the map's tile server only; forms post only here; no page may be framed. A comment
//! or idea that smuggled in markup could run nothing even if escaping failed.

/// The map tiles' address template: configuration (`RAEKODA_MAP_TILES`), as a city may run
/// its own tile server; empty for none. Server only.
#[cfg(feature = "ssr")]
pub fn map_tiles() -> String {
    std::env::var("RAEKODA_MAP_TILES").unwrap_or_else(|_| "https://tile.openstreetmap.org/{z}/{x}/{y}.png".to_owned())
}

/// The policy, allowing the inline scripts whose SHA-256s (base64) are `script_hashes`,
/// with map tiles from the origin of `tiles` (a `{z}/{x}/{y}` URL template).
pub fn content_security_policy(script_hashes: &[String], tiles: &str) -> String {
    let scripts = if script_hashes.is_empty() {
        "'self'".to_owned()
    } else {
        let hashes: String = script_hashes.iter().map(|hash| format!(" 'sha256-{hash}'")).collect();
        format!("'self'{hashes} 'wasm-unsafe-eval'")
    };
    let tile_origin = origin_of(tiles).map(|origin| format!(" {origin}")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self'; img-src 'self' data:{tile_origin}; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// A script's hash as a policy names it: the base64 of the SHA-256 of its text. Server only.
#[cfg(feature = "ssr")]
pub fn script_hash(script: &str) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script.as_bytes()))
}

/// The text of every inline `<script>` (one without `src`) in `html`, as a browser hashes it.
#[cfg(feature = "ssr")]
pub fn inline_scripts(html: &str) -> Vec<&str> {
    html.split("<script")
        .skip(1)
        .filter_map(|rest| {
            let (attributes, rest) = rest.split_once('>')?;
            let (text, _) = rest.split_once("</script>")?;
            (!attributes.contains("src=")).then_some(text)
        })
        .collect()
}

/// `https://tile.example:8080` of `https://tile.example:8080/{z}/{x}/{y}.png`, when it is a
/// plain http(s) origin (nothing that could end the policy's directive).
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split('/').next()?;
    let plain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':');
    (matches!(scheme, "http" | "https") && !host.is_empty() && host.chars().all(plain)).then(|| format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_runs_only_its_own_scripts_and_the_hashed_one() {
        let policy = content_security_policy(&["abc=".to_owned(), "def=".to_owned()], "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assert!(policy.contains("script-src 'self' 'sha256-abc=' 'sha256-def=' 'wasm-unsafe-eval';"), "{policy}");
        assert!(policy.contains("img-src 'self' data: https://tile.openstreetmap.org;"), "{policy}");
        assert!(policy.contains("style-src 'self';") && !policy.contains("unsafe-inline"), "{policy}");
        assert!(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'") && policy.contains("form-action 'self'"));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_scripts_hash_is_the_base64_of_its_sha256_as_browsers_compute_it() {
        assert_eq!(script_hash(""), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
        assert_eq!(script_hash("alert(1)"), "bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn only_inline_scripts_are_read_with_their_text_as_written() {
        let html = r#"<script type="module">go("x");</script><p>a</p><script src="/map.js"></script><script nonce="n">b=[];</script>"#;
        assert_eq!(inline_scripts(html), vec![r#"go("x");"#, "b=[];"]);
    }

    #[test]
    fn a_tile_address_cannot_widen_the_policy() {
        let policy = content_security_policy(&["n".to_owned()], "https://evil.example; script-src *; x/{z}.png");
        assert!(!policy.contains("evil.example"), "{policy}");
        assert!(content_security_policy(&["n".to_owned()], "/tiles/{z}/{x}/{y}.png").contains("img-src 'self' data:;"), "tiles of this site need nothing more");
        assert!(content_security_policy(&[], "").contains("script-src 'self';"), "no hash, no inline script");
    }
}
