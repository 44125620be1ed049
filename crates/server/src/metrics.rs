//! What a process tells its operators: `/healthz` (it runs), `/readyz` (its database and its
//! storage answer, so a load balancer may send it requests) and `/metrics` (requests, bytes and
//! queue depths, in the Prometheus text format). `/metrics` is not for the world: on the API's
//! address it is there only with a token (`--metrics-token`), and it can have an address of
//! its own instead (`--metrics-listen`).

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::server::AppState;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

type Durations = Family<RouteLabels, Histogram, fn() -> Histogram>;

/// The figures a process keeps about itself.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    durations: Durations,
    sent: Family<RouteLabels, Counter>,
    /// Bytes of uploads received and kept.
    pub received: Counter,
    thumbnails_pending: Gauge,
    uploads: Gauge,
}

fn durations() -> Histogram {
    // 1 ms to about 65 s.
    Histogram::new(exponential_buckets(0.001, 2.0, 17))
}

impl Default for Metrics {
    fn default() -> Metrics {
        let mut registry = Registry::with_prefix("skyfolio");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests answered, by route and status",
            requests.clone(),
        );
        let durations: Durations = Family::new_with_constructor(durations);
        registry.register(
            "http_request_duration_seconds",
            "How long requests took to answer, by route (a stream's body not counted)",
            durations.clone(),
        );
        let sent = Family::<RouteLabels, Counter>::default();
        registry.register(
            "http_sent_bytes",
            "Bytes of response bodies sent, by route",
            sent.clone(),
        );
        let received = Counter::default();
        registry.register(
            "upload_received_bytes",
            "Bytes of uploads received and kept",
            received.clone(),
        );
        let thumbnails_pending = Gauge::default();
        registry.register(
            "thumbnail_queue_depth",
            "Stored files waiting for their thumbnails, across every process",
            thumbnails_pending.clone(),
        );
        let uploads = Gauge::default();
        registry.register(
            "uploads_in_progress",
            "Uploads begun and not finished, across every process",
            uploads.clone(),
        );
        Metrics {
            registry,
            requests,
            durations,
            sent,
            received,
            thumbnails_pending,
            uploads,
        }
    }
}

/// Counts every request that reached a route.
pub async fn count(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_owned();
    let method = request.method().as_str().to_owned();
    let started = Instant::now();
    let response = next.run(request).await;
    let metrics = &state.metrics;
    let labels = RouteLabels { method, route };
    metrics
        .durations
        .get_or_create(&labels)
        .observe(started.elapsed().as_secs_f64());
    if let Some(length) = response
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok())
    {
        metrics.sent.get_or_create(&labels).inc_by(length);
    }
    metrics
        .requests
        .get_or_create(&RequestLabels {
            method: labels.method,
            route: labels.route,
            status: response.status().as_u16().to_string(),
        })
        .inc();
    response
}

/// `GET /healthz`: the process runs and answers.
pub async fn healthz() -> &'static str {
    "ok\n"
}

/// Below this many times the reserve free, `/readyz` says space runs low.
const LOW_SPACE_FACTOR: u64 = 4;

/// `GET /readyz`: the database and the storage answer and the disk has room; 503 naming what
/// does not, and a word when space runs low.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let mut problems = Vec::new();
    if let Err(error) = state.store.ping().await {
        problems.push(format!("database: {error}"));
    }
    if let Err(error) = state.storage.check().await {
        problems.push(format!("storage: {error}"));
    }
    let room = crate::space::room(&state);
    let free = room.free.map(crate::config::format_size);
    let reserve = crate::config::format_size(room.reserve);
    if let Some(needed) = room.needed_for(0) {
        problems.push(format!(
            "disk full: {} free, {reserve} kept free, {} more needed",
            free.as_deref().unwrap_or("?"),
            crate::config::format_size(needed)
        ));
    }
    if problems.is_empty() {
        let low = room
            .needed_for(room.reserve.saturating_mul(LOW_SPACE_FACTOR - 1))
            .is_some();
        let space = match (free, low) {
            (Some(free), true) => format!("space: low, {free} free ({reserve} kept free)\n"),
            (Some(free), false) => format!("space: {free} free ({reserve} kept free)\n"),
            (None, _) => String::new(),
        };
        (StatusCode::OK, format!("ready\n{space}")).into_response()
    } else {
        tracing::warn!("not ready: {}", problems.join("; "));
        (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("not ready: {}\n", problems.join("; ")),
        )
            .into_response()
    }
}

/// `/metrics` alone, for a listener of its own.
pub fn router(state: AppState) -> axum::Router {
    axum::Router::new()
        .route("/metrics", axum::routing::get(metrics))
        .fallback(|| async {
            crate::error::ApiError::new(skyfolio_protocol::ErrorCode::NotFound, "no such route")
        })
        .with_state(state)
}

/// Whether a request may read the metrics: with a token configured, only with it.
fn allowed(state: &AppState, headers: &axum::http::HeaderMap) -> bool {
    match &state.config.metrics_token {
        None => true,
        Some(token) => crate::auth::bearer_token(headers).is_some_and(|given| {
            // Compared as hashes, in constant time.
            blake3::hash(given.as_bytes()) == blake3::hash(token.as_bytes())
        }),
    }
}

/// `GET /metrics`, in the Prometheus text format.
pub async fn metrics(State(state): State<AppState>, headers: axum::http::HeaderMap) -> Response {
    if !allowed(&state, &headers) {
        return crate::error::ApiError::new(
            skyfolio_protocol::ErrorCode::Unauthorized,
            "the metrics need the token the server was started with",
        )
        .into_response();
    }
    let metrics = &state.metrics;
    if let Ok(pending) = state.store.pending_thumbnail_count().await {
        metrics.thumbnails_pending.set(pending);
    }
    if let Ok(uploads) = state.store.upload_count().await {
        metrics.uploads.set(uploads);
    }
    let mut text = String::new();
    if let Err(error) = prometheus_client::encoding::text::encode(&mut text, &metrics.registry) {
        return (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()).into_response();
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        text,
    )
        .into_response()
}
