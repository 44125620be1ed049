//! The web app: the built UI (`ui/dist`) served at `/` to any browser, phone first.
//!
//! Its files are built into the server binary, so the server stays one file; a server built
//! before the UI was answers every page with a short note saying so. A configured folder
//! ([`crate::Config::web_app`]) is served instead when given. Paths that are not files (deep
//! links such as `/trash`) answer `index.html`, for the app's own router; `/api/...` (and
//! the server's `/metrics`, `/healthz`, `/readyz`) never does: an unknown API route stays the
//! JSON `not-found`.
//!
//! Every answer carries a strict Content Security Policy (no inline scripts, nothing from
//! other origins, no framing), `X-Content-Type-Options: nosniff` and
//! `Referrer-Policy: same-origin`. `index.html` is revalidated at every load; hashed files
//! under `/assets/` are cached for good.

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use skyfolio_protocol::ErrorCode;

use crate::error::ApiError;

/// The policy every page of the web app is held to.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
     script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'; \
     img-src 'self' blob: data:; media-src 'self' blob:; connect-src 'self'; \
     object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

/// Hashed build output: the name changes whenever the content does.
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// The UI as built when the server was compiled (nothing, when it was not).
#[derive(rust_embed::Embed)]
#[folder = "../../ui/dist"]
#[allow_missing = true]
struct Built;

/// Where the web app's files come from.
#[derive(Debug, Clone)]
pub enum WebApp {
    /// The files built into this binary.
    Built,
    /// The files of a folder, read at each request.
    Folder(PathBuf),
}

impl WebApp {
    /// The bytes of the file at `path` (relative, `/`-separated), if there is one.
    async fn file(&self, path: &str) -> Option<Cow<'static, [u8]>> {
        let full = within(Path::new(""), path)?;
        match self {
            WebApp::Built => Built::get(path).map(|file| file.data),
            WebApp::Folder(root) => {
                let full = root.join(full);
                match tokio::fs::read(&full).await {
                    Ok(bytes) => Some(Cow::Owned(bytes)),
                    Err(_) => None,
                }
            }
        }
    }
}

/// `root` joined with `path`, unless `path` could leave it.
fn within(root: &Path, path: &str) -> Option<PathBuf> {
    let mut full = root.to_path_buf();
    for segment in path.split('/') {
        if segment.is_empty()
            || segment == "."
            || segment == ".."
            || segment.contains(['\\', ':', '\0'])
        {
            return None;
        }
        full.push(segment);
    }
    Some(full)
}

/// The content type of a file of the web app, by its name.
pub fn content_type(path: &str) -> Cow<'static, str> {
    let extension = path.rsplit_once('.').map_or("", |(_, ext)| ext);
    match extension.to_ascii_lowercase().as_str() {
        "html" => "text/html; charset=utf-8".into(),
        "js" | "mjs" => "text/javascript; charset=utf-8".into(),
        "css" => "text/css; charset=utf-8".into(),
        "json" | "map" => "application/json".into(),
        "webmanifest" => "application/manifest+json".into(),
        "wasm" => "application/wasm".into(),
        "svg" => "image/svg+xml".into(),
        "ftl" | "txt" => "text/plain; charset=utf-8".into(),
        _ => mime_guess::from_path(path)
            .first_raw()
            .unwrap_or("application/octet-stream")
            .into(),
    }
}

/// The server's own paths, never the app's: what no route there takes is not found.
const SERVER_PATHS: [&str; 5] = ["api", "metrics", "healthz", "readyz", "bench"];

/// Answers a request no route took: a file of the web app, its `index.html` for the app's own
/// paths, or the JSON `not-found` for the API and for methods other than GET and HEAD.
pub async fn serve(app: &WebApp, request: Request) -> Response {
    let path = request.uri().path();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if SERVER_PATHS.contains(&first) || !matches!(*request.method(), Method::GET | Method::HEAD) {
        return ApiError::new(ErrorCode::NotFound, "no such route").into_response();
    }
    let relative = path.trim_start_matches('/');
    if !relative.is_empty()
        && relative != "index.html"
        && let Some(bytes) = app.file(relative).await
    {
        let cache = if relative.starts_with("assets/") {
            IMMUTABLE
        } else {
            "no-cache"
        };
        return page(StatusCode::OK, &content_type(relative), cache, bytes);
    }
    // The page refers to its files relative to itself (`./assets/…`): a deep link's page asks
    // for them under its own path, `/albums/2024/assets/…`.
    let asset = relative
        .rfind("/assets/")
        .map_or(relative, |at| &relative[at + 1..]);
    if asset.starts_with("assets/") {
        if asset != relative
            && let Some(bytes) = app.file(asset).await
        {
            return page(StatusCode::OK, &content_type(asset), IMMUTABLE, bytes);
        }
        // A script or style sheet that is not there must not come back as a page.
        return page(
            StatusCode::NOT_FOUND,
            "text/plain; charset=utf-8",
            "no-cache",
            Cow::Borrowed(b"not found\n"),
        );
    }
    // Likewise a file beside the page (`./manifest.webmanifest`).
    if let Some((_, name)) = relative.rsplit_once('/')
        && name.contains('.')
        && name != "index.html"
        && let Some(bytes) = app.file(name).await
    {
        return page(StatusCode::OK, &content_type(name), "no-cache", bytes);
    }
    match app.file("index.html").await {
        Some(index) => page(
            StatusCode::OK,
            "text/html; charset=utf-8",
            "no-cache",
            index,
        ),
        None => page(
            StatusCode::OK,
            "text/html; charset=utf-8",
            "no-cache",
            Cow::Borrowed(NOT_BUILT.as_bytes()),
        ),
    }
}

/// What a server built without the web app answers instead of it.
const NOT_BUILT: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<title>Skyfolio</title></head><body><h1>Skyfolio</h1><p>This server was built without its \
web app. Build it with <code>cd ui &amp;&amp; npm ci &amp;&amp; npm run build</code>, then build \
the server again. The Skyfolio apps can sign in to this server already.</p></body></html>\n";

fn page(
    status: StatusCode,
    content_type: &str,
    cache: &'static str,
    body: Cow<'static, [u8]>,
) -> Response {
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_have_their_content_types() {
        assert_eq!(content_type("index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("assets/index-B2x9.js"),
            "text/javascript; charset=utf-8"
        );
        assert_eq!(
            content_type("assets/index-B2x9.css"),
            "text/css; charset=utf-8"
        );
        assert_eq!(
            content_type("manifest.webmanifest"),
            "application/manifest+json"
        );
        assert_eq!(content_type("assets/decoder.wasm"), "application/wasm");
        assert_eq!(content_type("icon.png"), "image/png");
        assert_eq!(content_type("assets/font.woff2"), "font/woff2");
        assert_eq!(content_type("LICENSE"), "application/octet-stream");
    }

    #[test]
    fn folder_paths_stay_inside_the_folder() {
        let root = Path::new("/srv/web");
        assert_eq!(
            within(root, "assets/a.js"),
            Some(PathBuf::from("/srv/web/assets/a.js"))
        );
        assert_eq!(within(root, "../etc/passwd"), None);
        assert_eq!(within(root, "assets/../../x"), None);
        assert_eq!(within(root, "assets//a.js"), None);
        assert_eq!(within(root, "a\\..\\b"), None);
    }

    #[test]
    fn the_policy_allows_no_inline_script() {
        let script = CONTENT_SECURITY_POLICY
            .split(';')
            .find(|directive| directive.trim().starts_with("script-src"))
            .expect("script-src");
        assert!(!script.contains("unsafe-inline"));
        assert!(CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
    }
}
