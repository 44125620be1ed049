//! Benchmark routes: a plain static file and a plain sink, served by the same process as the
//! API so that `curl` against them is the yardstick for the API's own transfers.

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use futures_util::StreamExt;
use tokio::io::AsyncWriteExt;

use crate::server::AppState;

/// Letters, digits, `.`, `_` and `-`, not starting with a dot: never a path.
fn plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// `GET /bench/sink/{name}`: a file the sink took, back.
async fn fetch(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<axum::response::Response, StatusCode> {
    use axum::response::IntoResponse;
    if !plain_name(&name) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let path = state.config.data_dir.join("bench").join("sink").join(name);
    let file = tokio::fs::File::open(&path)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    let len = file
        .metadata()
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .len();
    let stream = tokio_util::io::ReaderStream::with_capacity(file, 1 << 20);
    Ok((
        [(axum::http::header::CONTENT_LENGTH, len.to_string())],
        Body::from_stream(stream),
    )
        .into_response())
}

/// `GET /bench/static` serves `<data>/bench/static.bin`; `PUT /bench/sink/{name}` writes the
/// body to `<data>/bench/sink/{name}`, and `GET` gives it back. Only mounted when the configuration asks for them.
pub(crate) fn routes(data_dir: &std::path::Path) -> Router<AppState> {
    Router::new()
        .route_service(
            "/bench/static",
            tower_http::services::ServeFile::new(data_dir.join("bench").join("static.bin")),
        )
        .route("/bench/sink/{name}", axum::routing::put(sink).get(fetch))
}

async fn sink(
    State(state): State<AppState>,
    Path(name): Path<String>,
    body: Body,
) -> Result<StatusCode, StatusCode> {
    if !plain_name(&name) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let dir = state.config.data_dir.join("bench").join("sink");
    tokio::fs::create_dir_all(&dir)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let mut file = tokio::fs::File::create(dir.join(name))
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|_| StatusCode::BAD_REQUEST)?;
        file.write_all(&chunk)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    }
    file.flush()
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(StatusCode::NO_CONTENT)
}
