//! Benchmark routes: a plain static file and a plain sink, served by the same process as the
//! API so that `curl` against them is the yardstick for the API's own transfers.

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use futures_util::StreamExt;
use tokio::io::AsyncWriteExt;

use crate::server::AppState;

/// `GET /bench/static` serves `<data>/bench/static.bin`; `PUT /bench/sink/{name}` writes the
/// body to `<data>/bench/sink/{name}`. Only mounted when the configuration asks for them.
pub(crate) fn routes(data_dir: &std::path::Path) -> Router<AppState> {
    Router::new()
        .route_service(
            "/bench/static",
            tower_http::services::ServeFile::new(data_dir.join("bench").join("static.bin")),
        )
        .route("/bench/sink/{name}", axum::routing::put(sink))
}

async fn sink(
    State(state): State<AppState>,
    Path(name): Path<String>,
    body: Body,
) -> Result<StatusCode, StatusCode> {
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
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
