//! The `thumb` URI scheme: `thumb://localhost/<token>` (`http://thumb.localhost/<token>` on
//! Windows) answers the 256 px JPEG of a file the shell listed.

use tauri::http::{Method, Request, Response, StatusCode, header};

use skyfolio_media::{ThumbSize, Thumbnail};

use crate::{CommandError, Listing};

pub const SCHEME: &str = "thumb";

/// Shown for a file that has no picture to show (a video when ffmpeg is missing); the page puts
/// its own film mark on top.
const PLACEHOLDER: &[u8] = br##"<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256"><rect width="256" height="256" fill="#8a94a6"/></svg>"##;

/// Answers one request. Only tokens from [`Listing`] are served; the request never names a path.
pub fn respond(listing: &Listing, request: &Request<Vec<u8>>) -> Response<Vec<u8>> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "only GET is served here");
    }
    let path = request
        .uri()
        .path()
        .strip_prefix('/')
        .and_then(|token| listing.path(token));
    let Some(path) = path else {
        return plain(StatusCode::NOT_FOUND, "no such thumbnail");
    };
    match skyfolio_media::thumbnail(&path, ThumbSize::Grid) {
        Ok(Thumbnail::Jpeg(bytes)) => image("image/jpeg", bytes),
        Ok(Thumbnail::NoPreview { .. }) => image("image/svg+xml", PLACEHOLDER.to_vec()),
        Err(error) => {
            let body = serde_json::to_vec(&CommandError::from(&error)).unwrap_or_default();
            build(StatusCode::UNPROCESSABLE_ENTITY, "application/json", body)
        }
    }
}

fn image(content_type: &str, bytes: Vec<u8>) -> Response<Vec<u8>> {
    build(StatusCode::OK, content_type, bytes)
}

fn plain(status: StatusCode, text: &str) -> Response<Vec<u8>> {
    build(
        status,
        "text/plain; charset=utf-8",
        text.as_bytes().to_vec(),
    )
}

fn build(status: StatusCode, content_type: &str, body: Vec<u8>) -> Response<Vec<u8>> {
    let response = Response::builder()
        .status(status)
        .header(header::CONTENT_TYPE, content_type)
        // Tokens are random per session and stable within it, so a short private cache is safe.
        .header(header::CACHE_CONTROL, "private, max-age=3600")
        // The page reads error bodies with fetch(); it lives on another scheme.
        .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
        .body(body);
    // Every part above is a valid constant, so building cannot fail; answer 500 if it ever does.
    response.unwrap_or_else(|_| {
        let mut fallback = Response::new(Vec::new());
        *fallback.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        fallback
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::test_corpus::corpus;

    fn get(listing: &Listing, uri: &str) -> Response<Vec<u8>> {
        respond(
            listing,
            &Request::get(uri).body(Vec::new()).expect("a valid request"),
        )
    }

    fn content_type(response: &Response<Vec<u8>>) -> &str {
        response.headers()[header::CONTENT_TYPE]
            .to_str()
            .expect("an ASCII content type")
    }

    #[test]
    fn serves_a_jpeg_thumbnail_for_a_listed_photo() {
        let listing = Listing::default();
        let token = listing.token_for(&corpus("jpeg/jolla.jpg"));
        let response = get(&listing, &format!("thumb://localhost/{}", token.as_str()));
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(content_type(&response), "image/jpeg");
        assert_eq!(&response.body()[..3], &[0xFF, 0xD8, 0xFF]);
    }

    #[test]
    fn refuses_anything_that_is_not_a_token() {
        let listing = Listing::default();
        let photo = corpus("jpeg/jolla.jpg");
        listing.token_for(&photo);
        for uri in [
            format!("thumb://localhost{}", photo.display()),
            "thumb://localhost/".to_owned(),
            "thumb://localhost/../../etc/passwd".to_owned(),
            "thumb://localhost/0000000000000000".to_owned(),
        ] {
            assert_eq!(get(&listing, &uri).status(), StatusCode::NOT_FOUND, "{uri}");
        }
    }

    #[test]
    fn a_broken_file_answers_its_error_code() {
        let listing = Listing::default();
        let token = listing.token_for(&corpus("bad/truncated_header_only_oppo_r7_plus.jpg"));
        let response = get(&listing, &format!("thumb://localhost/{}", token.as_str()));
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(content_type(&response), "application/json");
        let body: serde_json::Value =
            serde_json::from_slice(response.body()).expect("a JSON error body");
        assert!(body["code"].is_string(), "{body}");
        let message = body["message"].as_str().unwrap_or_default();
        assert!(message.contains("truncated_header_only"), "{body}");
    }

    #[test]
    fn only_get_is_served() {
        let listing = Listing::default();
        let token = listing.token_for(Path::new("/photos/a.jpg"));
        let request = Request::post(format!("thumb://localhost/{}", token.as_str()))
            .body(Vec::new())
            .expect("a valid request");
        assert_eq!(
            respond(&listing, &request).status(),
            StatusCode::METHOD_NOT_ALLOWED
        );
    }
}
