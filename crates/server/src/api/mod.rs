//! The HTTP API under `/api/v1`: routes, the extractors that turn every malformed request into
//! the one error shape, and the OpenAPI document built from the handlers' annotations.

mod account;
mod archive;
mod changes;
mod describe;
mod devices;
mod media;
mod receive;
mod trash;
mod uploads;
mod web;
mod whole;
mod write_claim;

pub(crate) use account::KNOWN_ADDRESS_MS;
pub(crate) use trash::purge;
pub(crate) use uploads::UploadProgress;

use std::net::{IpAddr, Ipv4Addr, SocketAddr};

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use skyfolio_protocol::ErrorCode;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::error::ApiError;
use crate::server::AppState;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Skyfolio server",
        description = "The cloud Skyfolio syncs photos and videos to. Every failed request answers \
                       `{code, message}` (ErrorBody)."
    ),
    modifiers(&BearerToken),
    components(schemas(skyfolio_protocol::ErrorBody, skyfolio_protocol::ErrorCode))
)]
struct ApiDoc;

struct BearerToken;

impl Modify for BearerToken {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(components) = openapi.components.as_mut() {
            components.add_security_scheme(
                "device_token",
                SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
            );
            // A browser's: writes with it also need `X-Skyfolio-Request: 1`.
            components.add_security_scheme(
                "session_cookie",
                SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::new(
                    crate::auth::SESSION_COOKIE,
                ))),
            );
        }
    }
}

fn api() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(account::register))
        .routes(routes!(account::account))
        .routes(routes!(account::change_password))
        .routes(routes!(account::log_in, account::log_out))
        .routes(routes!(account::usage))
        .routes(routes!(devices::list_devices))
        .routes(routes!(devices::unlink_device))
        .routes(routes!(uploads::create_upload, uploads::list_uploads))
        .routes(routes!(
            uploads::upload_offset,
            uploads::append_upload,
            uploads::cancel_upload
        ))
        .routes(routes!(media::list_media, whole::upload_whole))
        .routes(routes!(
            media::get_media,
            media::move_media,
            media::trash_media
        ))
        .routes(routes!(media::download_original))
        .routes(routes!(archive::archive))
        .routes(routes!(media::thumbnail))
        .routes(routes!(media::rendition))
        .routes(routes!(trash::list_trash, trash::empty_trash))
        .routes(routes!(trash::restore_from_trash))
        .routes(routes!(trash::delete_forever))
        .routes(routes!(changes::changes))
        .routes(routes!(web::sign_in, web::current, web::sign_out))
        .routes(routes!(web::pair))
        .routes(routes!(web::create_pairing))
}

/// The OpenAPI document.
pub fn openapi() -> utoipa::openapi::OpenApi {
    api().split_for_parts().1
}

pub fn router(state: AppState) -> axum::Router {
    let (router, document) = api().split_for_parts();
    let document = std::sync::Arc::new(document);
    let web_app = std::sync::Arc::new(match &state.config.web_app {
        Some(folder) => crate::web::WebApp::Folder(folder.clone()),
        None => crate::web::WebApp::Built,
    });
    let router = router
        .route(
            "/api/v1/openapi.json",
            axum::routing::get(move || {
                let document = document.clone();
                async move { axum::Json(document.as_ref().clone()) }
            }),
        )
        // The web app, gzipped for browsers that take it: its script is most of what a phone
        // downloads at the first visit.
        .fallback_service(
            tower::ServiceBuilder::new()
                .layer(tower_http::compression::CompressionLayer::new())
                .service_fn(move |request: Request| {
                    let web_app = web_app.clone();
                    async move {
                        Ok::<_, std::convert::Infallible>(
                            crate::web::serve(&web_app, request).await,
                        )
                    }
                }),
        )
        .method_not_allowed_fallback(|| async {
            let mut response =
                ApiError::bad_request("this route does not take that method").into_response();
            *response.status_mut() = StatusCode::METHOD_NOT_ALLOWED;
            response
        });
    let max_header_bytes = state.config.max_header_bytes;
    let mut router = router
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            storage_full_details,
        ))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            crate::metrics::count,
        ))
        .route("/healthz", axum::routing::get(crate::metrics::healthz))
        .route("/readyz", axum::routing::get(crate::metrics::readyz));
    if state.config.metrics_token.is_some() {
        router = router.route("/metrics", axum::routing::get(crate::metrics::metrics));
    }
    router
        .layer(axum::middleware::from_fn(
            move |request: Request, next: Next| limit_headers(request, next, max_header_bytes),
        ))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .with_state(state)
}

/// Says how much room a `storage-full` answer needs when the handler found out only by
/// failing (a database or a file that could not grow).
async fn storage_full_details(
    axum::extract::State(state): axum::extract::State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let response = next.run(request).await;
    if response.status() != StatusCode::INSUFFICIENT_STORAGE {
        return response;
    }
    let (parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 << 10).await else {
        return ApiError::storage_full(Some(crate::space::needed_after_failure(&state)))
            .into_response();
    };
    match serde_json::from_slice::<skyfolio_protocol::ErrorBody>(&bytes) {
        Ok(mut error) if error.needed.is_none() => {
            error.needed = Some(crate::space::needed_after_failure(&state));
            let mut headers = parts.headers;
            headers.remove(axum::http::header::CONTENT_LENGTH);
            (parts.status, headers, axum::Json(error)).into_response()
        }
        _ => Response::from_parts(parts, axum::body::Body::from(bytes)),
    }
}

/// The longest URI (path and query) taken. The API's own are far shorter; hyper's limit is
/// 64 KiB.
pub const MAX_URI_BYTES: usize = 8 * 1024;

/// Refuses requests whose URI or headers together pass the limits, with the one error shape.
async fn limit_headers(request: Request, next: Next, max: usize) -> Response {
    let uri = request.uri().to_string().len();
    if uri > MAX_URI_BYTES {
        return ApiError::new(
            ErrorCode::UriTooLong,
            format!("the request's URI takes {uri} bytes; the limit is {MAX_URI_BYTES}"),
        )
        .into_response();
    }
    let total: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len() + 4)
        .sum::<usize>()
        + uri;
    if total > max {
        return ApiError::new(
            ErrorCode::HeadersTooLarge,
            format!("the request's headers take {total} bytes; the limit is {max}"),
        )
        .into_response();
    }
    next.run(request).await
}

/// `axum::Json` that answers malformed bodies with the one error shape.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<Self, ApiError> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::new(
                ErrorCode::UnsupportedMediaType,
                "send the body as JSON, with Content-Type: application/json",
            )),
            Err(rejection) => Err(ApiError::bad_request(rejection.body_text())),
        }
    }
}

/// `axum::extract::Query` that answers malformed queries with the one error shape.
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| ApiQuery(q.0))
            .map_err(|rejection: QueryRejection| ApiError::bad_request(rejection.body_text()))
    }
}

/// `axum::extract::Path` that answers malformed paths with the one error shape.
pub struct ApiPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiPath<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Path::<T>::from_request_parts(parts, state)
            .await
            .map(|p| ApiPath(p.0))
            .map_err(|rejection: PathRejection| ApiError::bad_request(rejection.body_text()))
    }
}

/// The address a request came from: its peer, or the client a trusted reverse proxy names
/// (see [`crate::proxy`]); unspecified when the server runs without a socket, in tests that
/// call the router directly.
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
        Ok(ClientIp(crate::proxy::client_address(
            peer,
            &parts.headers,
            &state.config.trusted_proxies,
            state.config.proxy_header,
        )))
    }
}

/// Page sizes: `limit` is clamped to this range.
pub const PAGE_LIMIT: std::ops::RangeInclusive<u32> = 1..=1000;
pub const DEFAULT_PAGE: u32 = 200;

pub fn page_limit(limit: Option<u32>) -> u32 {
    limit
        .unwrap_or(DEFAULT_PAGE)
        .clamp(*PAGE_LIMIT.start(), *PAGE_LIMIT.end())
}
