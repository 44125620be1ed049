//! Benchmark routes: a plain static file and a plain sink, served by the same process as the
//! API so that `curl` against them is the yardstick for the API's own transfers.

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::StatusCode;
use futures_util::StreamExt;
use tokio::io::AsyncWriteExt;

use crate::server::AppState;

/// `GET /bench/static` serves `<data>/bench/static.bin`; `PUT /bench/sink` writes the body to
/// `<data>/bench/sink.bin`. Only mounted when the configuration asks for them.
pub(crate) fn routes(data_dir: &std::path::Path) -> Router<AppState> {
    Router::new()
        .route_service(
            "/bench/static",
            tower_http::services::ServeFile::new(data_dir.join("bench").join("static.bin")),
        )
        .route("/bench/sink", axum::routing::put(sink))
}

async fn sink(State(state): State<AppState>, body: Body) -> Result<StatusCode, StatusCode> {
    let path = state.config.data_dir.join("bench").join("sink.bin");
    let mut file = tokio::fs::File::create(&path)
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
