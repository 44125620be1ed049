//! Several server processes behind one load balancer: real `skyfolio-server` processes sharing
//! one PostgreSQL database and one object store. What one commits, the other lists, serves
//! and wakes its long-polls for; an upload cut off by a killed process goes on through
//! another. And every process says whether it is ready and what it has done.

use std::time::{Duration, Instant};

use axum::body::Bytes;
use reqwest::{Method, StatusCode};
use skyfolio_protocol::MediaId;

use crate::crash::{Place, Process, sign_up, with_base};
use crate::{TestServer, hash, random_bytes};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_share_uploads_listings_downloads_long_polls_and_resumes() {
    let place = Place::new().await;
    if place.database.is_none() {
        eprintln!(
            "skipped: processes share a PostgreSQL database; \
             scripts/server-test-backends.sh runs this on one"
        );
        return;
    }
    let first = Process::start(&place, None);
    let second = Process::start(&place, None);
    let through_first = sign_up(&first.base).await;
    let through_second = with_base(&through_first, &second.base);

    // A long-poll on the second process…
    let since = through_second.get_json("/api/v1/changes?since=0").await["next_since"]
        .as_i64()
        .expect("next_since");
    let waiting = through_second.long_poll(since, 30);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!waiting.is_finished(), "answered before anything changed");
    // …wakes when the first commits.
    let photo = std::fs::read(crate::corpus("jpeg/canon_eos_7d.jpg")).expect("corpus");
    let item = through_first.upload("Trip/photo.jpg", &photo).await;
    let committed = Instant::now();
    let page = tokio::time::timeout(Duration::from_secs(10), waiting)
        .await
        .expect("the long-poll answered")
        .expect("joined");
    let delay = committed.elapsed();
    assert_eq!(page.changes.len(), 1);
    assert_eq!(page.changes[0].item.id, item.id);
    assert!(delay < Duration::from_secs(2), "heard after {delay:?}");

    // The second lists it, serves its bytes and the thumbnail the first made.
    let listed = through_second.get_json("/api/v1/media").await;
    assert_eq!(listed["items"][0]["id"], item.id.as_str());
    assert_eq!(through_second.download(&item.id).await, photo);
    let mut thumbnail = None;
    for _ in 0..100 {
        let response = through_second
            .request(Method::GET, &format!("/api/v1/media/{}/thumbnail", item.id))
            .send()
            .await
            .expect("GET");
        if response.status() == StatusCode::OK {
            thumbnail = Some(response.bytes().await.expect("bytes"));
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let thumbnail = thumbnail.expect("the thumbnail is served by the other process");
    assert!(thumbnail.starts_with(&[0xFF, 0xD8]), "a JPEG");

    // An upload through the first, which is killed in the middle of a request…
    let bytes = random_bytes(21, 12 << 20);
    let id = through_first.begin_upload("Trip/long.bin", &bytes).await;
    let done = through_first
        .patch(&id, 0, bytes[..4 << 20].to_vec())
        .send()
        .await
        .expect("PATCH");
    assert_eq!(done.status(), StatusCode::OK);
    let (sender, body) = crate::fed_body();
    let cut = tokio::spawn(through_first.patch(&id, 4 << 20, body).send());
    for chunk in bytes[4 << 20..6 << 20].chunks(256 << 10) {
        sender
            .send(Ok(Bytes::copy_from_slice(chunk)))
            .await
            .expect("sent");
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    first.kill();
    drop(sender);
    let _ = cut.await;
    // …goes on through the second, from what it holds.
    let offset = through_second
        .offset(&id)
        .await
        .expect("the upload is kept");
    assert!(
        (4 << 20..=6 << 20).contains(&offset),
        "the second process knows the bytes kept before the cut: {offset}"
    );
    // The killed process's claim on the upload lapses within its lease; until then the second
    // answers that the upload is busy, and the client tries again, as the sync engine does.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    // A refusal may come before the body is sent, and end the connection under it.
    let finished = loop {
        let sent = through_second
            .patch(&id, offset, bytes[offset as usize..].to_vec())
            .send()
            .await;
        let busy = sent
            .as_ref()
            .map_or(true, |response| response.status() == StatusCode::LOCKED);
        if !busy || std::time::Instant::now() > deadline {
            break sent.expect("PATCH");
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    };
    assert_eq!(finished.status(), StatusCode::OK);
    let media = through_second.get_json("/api/v1/media").await;
    let long = media["items"]
        .as_array()
        .expect("items")
        .iter()
        .find(|i| i["path"] == "Trip/long.bin")
        .expect("the resumed upload is an item");
    assert_eq!(long["hash"], hash(&bytes));
    let back = through_second
        .download(long["id"].as_str().expect("an id"))
        .await;
    assert!(back == bytes, "the bytes are whole");

    let ready = reqwest::get(format!("{}/readyz", second.base))
        .await
        .expect("readyz");
    assert_eq!(ready.status(), StatusCode::OK);
    second.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thumbnails_left_to_workers_are_made_by_a_worker_process() {
    let place = Place::new().await;
    let server = Process::run(
        &place,
        &[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--thumbnail-workers",
            "--metrics-token",
            "scrape-me",
        ],
        None,
    );
    let user = sign_up(&server.base).await;
    let photo = std::fs::read(crate::corpus("jpeg/canon_eos_7d.jpg")).expect("corpus");
    let first = user.upload("Trip/first.jpg", &photo).await;
    let thumbnail = |id: MediaId| {
        let request = user.request(Method::GET, &format!("/api/v1/media/{id}/thumbnail"));
        async move { request.send().await.expect("GET").status() }
    };
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_ne!(
        thumbnail(first.id.clone()).await,
        StatusCode::OK,
        "the serving process made no thumbnail itself"
    );
    let metrics = reqwest::Client::new()
        .get(format!("{}/metrics", server.base))
        .bearer_auth("scrape-me")
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("text");
    assert!(
        metrics.contains("skyfolio_thumbnail_queue_depth 1"),
        "the queue holds the photo:\n{metrics}"
    );

    let worker = Process::run(&place, &["worker"], None);
    assert!(
        worker.base.starts_with("making thumbnails"),
        "{}",
        worker.base
    );
    let other = std::fs::read(crate::corpus("jpeg/apple_iphone5.jpg")).expect("corpus");
    let second = user.upload("Trip/second.jpg", &other).await;
    let mut made = Vec::new();
    for id in [first.id.clone(), second.id.clone()] {
        let mut ready = false;
        for _ in 0..200 {
            if thumbnail(id.clone()).await == StatusCode::OK {
                ready = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        made.push(ready);
    }
    assert_eq!(
        made,
        [true, true],
        "the worker made both, the waiting one and the new one"
    );
    worker.kill();
    server.kill();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_process_reports_health_readiness_and_metrics() {
    let server = TestServer::with(|config| config.metrics_token = Some("scrape-me".into())).await;
    let get = |path: &str| {
        reqwest::Client::new()
            .get(server.url(path))
            .bearer_auth("scrape-me")
            .send()
    };
    let health = get("/healthz").await.expect("healthz");
    assert_eq!(health.status(), StatusCode::OK);
    let ready = get("/readyz").await.expect("readyz");
    assert_eq!(ready.status(), StatusCode::OK);

    let user = server.user("anna@example.org").await;
    let bytes = random_bytes(22, 300_000);
    let item = user.upload("Pictures/one.bin", &bytes).await;
    assert_eq!(user.download(&item.id).await, bytes);
    let metrics = get("/metrics").await.expect("metrics");
    assert_eq!(metrics.status(), StatusCode::OK);
    let text = metrics.text().await.expect("text");
    let value = |name: &str| -> f64 {
        text.lines()
            .find(|line| line.starts_with(name))
            .and_then(|line| line.rsplit(' ').next()?.parse().ok())
            .unwrap_or_else(|| panic!("no {name} in\n{text}"))
    };
    assert_eq!(
        value("skyfolio_upload_received_bytes_total"),
        bytes.len() as f64
    );
    assert_eq!(
        value(
            r#"skyfolio_http_requests_total{method="PATCH",route="/api/v1/uploads/{id}",status="200"}"#
        ),
        1.0
    );
    assert!(
        value(
            r#"skyfolio_http_sent_bytes_total{method="GET",route="/api/v1/media/{id}/original"}"#
        ) >= bytes.len() as f64
    );
    assert!(value("skyfolio_thumbnail_queue_depth") >= 0.0);
    assert_eq!(value("skyfolio_uploads_in_progress"), 0.0);
    assert!(text.contains("skyfolio_http_request_duration_seconds_bucket"));

    if server.storage.is_none() {
        // Storage that cannot be written to: not ready, and says why.
        std::fs::remove_dir_all(server.data.join("files/tmp")).expect("removed");
        let ready = get("/readyz").await.expect("readyz");
        assert_eq!(ready.status(), StatusCode::SERVICE_UNAVAILABLE);
        assert!(ready.text().await.expect("text").contains("storage"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_are_not_public_by_default() {
    let get = |url: String, token: Option<&'static str>| async move {
        let mut request = reqwest::Client::new().get(url);
        if let Some(token) = token {
            request = request.header("Authorization", format!("bearer {token}"));
        }
        request.send().await.expect("an answer")
    };
    let server = TestServer::start().await;
    let metrics = get(server.url("/metrics"), None).await;
    crate::expect_error(
        metrics,
        StatusCode::NOT_FOUND,
        skyfolio_protocol::ErrorCode::NotFound,
    )
    .await;

    let server = TestServer::with(|config| config.metrics_token = Some("scrape-me".into())).await;
    for token in [None, Some("guess")] {
        let metrics = get(server.url("/metrics"), token).await;
        crate::expect_error(
            metrics,
            StatusCode::UNAUTHORIZED,
            skyfolio_protocol::ErrorCode::Unauthorized,
        )
        .await;
    }
    let metrics = get(server.url("/metrics"), Some("scrape-me")).await;
    assert_eq!(metrics.status(), StatusCode::OK);

    // An address of its own, which the proxy does not forward to.
    let place = Place::new().await;
    let port = {
        let free = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        free.local_addr().expect("bound").port()
    };
    let metrics_address = format!("127.0.0.1:{port}");
    let process = Process::run(
        &place,
        &[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--metrics-listen",
            &metrics_address,
        ],
        None,
    );
    let on_api = get(format!("{}/metrics", process.base), None).await;
    assert_eq!(on_api.status(), StatusCode::NOT_FOUND);
    let mut served = None;
    for _ in 0..50 {
        match reqwest::get(format!("http://{metrics_address}/metrics")).await {
            Ok(response) => {
                served = Some(response);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    let served = served.expect("the metrics listener answers");
    assert_eq!(served.status(), StatusCode::OK);
    assert!(
        served
            .text()
            .await
            .expect("text")
            .contains("skyfolio_uploads_in_progress")
    );
    process.kill();
}
