//! `skyfolio-bench serve`: the production server with two plain routes beside its API, a static
//! file and a sink, served by the same process so that `curl` against them is the yardstick for
//! the API's own transfers.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use clap::Args;
use futures_util::StreamExt;
use skyfolio_server::config::parse_size;
use tokio::io::AsyncWriteExt;

/// The settings the benchmarks give their server; the rest are the server's defaults.
#[derive(Args)]
pub struct ServeArgs {
    /// The data folder.
    #[arg(long)]
    data: PathBuf,
    #[arg(long, default_value = "127.0.0.1:0")]
    listen: SocketAddr,
    /// A PostgreSQL database instead of the data folder's SQLite file.
    #[arg(long)]
    database: Option<String>,
    /// An S3 store instead of the data folder's `files/`.
    #[arg(long)]
    storage: Option<String>,
    #[arg(long, default_value = "1TiB")]
    default_quota: String,
    #[arg(long, default_value = "0")]
    min_free_space: String,
    #[arg(long)]
    open_registration: bool,
    /// The web app from this folder (a `ui/dist` built apart).
    #[arg(long, value_name = "DIR")]
    web_app: Option<PathBuf>,
}

/// Serves the API and the plain routes until the process ends; the first line on standard
/// output is the address.
pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("SKYFOLIO_SERVER_LOG")
                .unwrap_or_else(|_| "warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let mut config = skyfolio_server::Config::new(args.data.clone());
    config.database = args.database;
    config.storage = args.storage;
    config.default_quota = parse_size(&args.default_quota).context("--default-quota")?;
    config.min_free_space = parse_size(&args.min_free_space).context("--min-free-space")?;
    config.open_registration = args.open_registration;
    config.web_app = args.web_app;
    let server = skyfolio_server::Server::open(config)
        .await
        .with_context(|| format!("while opening {}", args.data.display()))?;
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    println!("listening on http://{}", listener.local_addr()?);
    let app = server.router().merge(routes(args.data));
    skyfolio_server::Server::serve_app(listener, app)
        .await
        .context("while serving")
}

type Data = Arc<PathBuf>;

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
    State(data): State<Data>,
    Path(name): Path<String>,
) -> Result<axum::response::Response, StatusCode> {
    use axum::response::IntoResponse;
    if !plain_name(&name) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let path = data.join("bench").join("sink").join(name);
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
/// body to `<data>/bench/sink/{name}`, and `GET` gives it back.
pub(crate) fn routes(data: PathBuf) -> Router {
    Router::new()
        .route_service(
            "/bench/static",
            tower_http::services::ServeFile::new(data.join("bench").join("static.bin")),
        )
        .route("/bench/sink/{name}", axum::routing::put(sink).get(fetch))
        .with_state(Arc::new(data))
}

async fn sink(
    State(data): State<Data>,
    Path(name): Path<String>,
    body: Body,
) -> Result<StatusCode, StatusCode> {
    if !plain_name(&name) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let dir = data.join("bench").join("sink");
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

#[cfg(test)]
mod tests {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_plain_routes_sit_beside_the_servers_api() {
        let data = tempfile::tempdir().expect("temp dir");
        let base = crate::sync::serve_locally(data.path(), true)
            .await
            .expect("a server");
        let http = reqwest::Client::new();
        let put = http
            .put(format!("{base}/bench/sink/probe"))
            .body("ten bytes!")
            .send()
            .await
            .expect("PUT");
        assert_eq!(put.status(), 204);
        let back = http
            .get(format!("{base}/bench/sink/probe"))
            .send()
            .await
            .expect("GET");
        assert_eq!(back.text().await.expect("body"), "ten bytes!");
        let hostile = http
            .put(format!("{base}/bench/sink/..probe"))
            .body("x")
            .send()
            .await
            .expect("PUT");
        assert_eq!(hostile.status(), 400);
        // The API is the server's own, on the same address.
        let ready = http
            .get(format!("{base}/readyz"))
            .send()
            .await
            .expect("GET");
        assert!(ready.status().is_success());
    }
}
