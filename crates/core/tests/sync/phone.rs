//! The phone's door: the local cloud opens to the network on request, a phone's browser signs
//! in with the one-time code of the QR code, and closing the door ends it at once, even for a
//! connection already open.

use std::time::Duration;

use skyfolio_core::{App, AppOptions, Home, PHONE_PORT};

async fn app(dir: &std::path::Path) -> App {
    App::open(
        &Home::at(dir.join("home")),
        AppOptions {
            use_keychain: false,
            os_trash: false,
        },
    )
    .await
    .expect("opens")
}

/// `GET /readyz` through `port` on this computer: its status, or `None` when nothing answers.
async fn ready(client: &reqwest::Client, port: u16) -> Option<reqwest::StatusCode> {
    client
        .get(format!("http://127.0.0.1:{port}/readyz"))
        .timeout(Duration::from_secs(5))
        .send()
        .await
        .ok()
        .map(|response| response.status())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_reaches_the_local_cloud_only_while_the_door_is_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = app(dir.path()).await;
    let cloud = app
        .start_local_cloud()
        .await
        .expect("the local cloud starts");
    // Closed by default: nothing but loopback.
    assert!(!app.wants_phone_access().await.expect("a setting"));
    let closed = app.phone_access(Some(&cloud)).await.expect("an answer");
    assert!(!closed.on && closed.addresses.is_empty() && closed.pairing.is_none());

    let open = app.set_phone_access(&cloud, true).await.expect("opens");
    assert!(open.on);
    let port = cloud.network_port().expect("listening");
    // Every interface: this computer's own addresses reach it, loopback included.
    let client = reqwest::Client::new();
    assert_eq!(ready(&client, port).await, Some(reqwest::StatusCode::OK));
    for address in &open.addresses {
        assert!(address.ends_with(&format!(":{port}")), "{address}");
        assert!(!address.contains("127.0.0.1"), "{address}");
    }
    match (&open.pairing, open.addresses.first()) {
        (Some(pairing), Some(first)) => {
            assert!(
                pairing.url.starts_with(&format!("{first}/#pair=")),
                "{}",
                pairing.url
            );
            assert!(pairing.qr_size > 21 && pairing.qr_path.starts_with('M'));
            // The phone opens the address of the QR code, and signs in with its code.
            let code = pairing.url.rsplit_once("#pair=").expect("a code").1;
            let phone = reqwest::Client::new();
            let base = pairing.url.split("/#").next().expect("a base");
            let page = phone.get(base).send().await.expect("the web app");
            assert_eq!(page.status(), reqwest::StatusCode::OK);
            let signed_in = phone
                .post(format!("{base}/api/v1/web/pair"))
                .json(&serde_json::json!({ "code": code }))
                .send()
                .await
                .expect("an answer");
            assert_eq!(signed_in.status(), reqwest::StatusCode::OK);
            let session: serde_json::Value = signed_in.json().await.expect("JSON");
            assert_eq!(session["account"]["email"], "owner@this-computer.local");
            // A new code, and the one shown before stops working.
            let again = app.phone_access(Some(&cloud)).await.expect("a new code");
            assert_ne!(again.pairing.as_ref().map(|p| &p.url), Some(&pairing.url));
        }
        (None, None) => eprintln!("skipped: this computer has no network address but loopback"),
        other => panic!("a pairing exactly when there is an address: {other:?}"),
    }

    // A connection already open through the door ends when it closes.
    let keeper = reqwest::Client::builder()
        .pool_idle_timeout(Duration::from_secs(60))
        .build()
        .expect("a client");
    assert_eq!(ready(&keeper, port).await, Some(reqwest::StatusCode::OK));
    let closed = app.set_phone_access(&cloud, false).await.expect("closes");
    assert!(!closed.on && closed.pairing.is_none());
    assert_eq!(cloud.network_port(), None);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(
        ready(&keeper, port).await,
        None,
        "the open connection ended"
    );
    assert_eq!(ready(&client, port).await, None, "nothing listens");
    // The local cloud itself goes on for this computer.
    assert_eq!(
        reqwest::get(format!("{}/readyz", cloud.url))
            .await
            .expect("served")
            .status(),
        reqwest::StatusCode::OK
    );
    assert!(!app.wants_phone_access().await.expect("a setting"));

    // Left open, it opens again at the next start, on the same port.
    app.set_phone_access(&cloud, true).await.expect("opens");
    let port = cloud.network_port().expect("listening");
    drop(cloud);
    let cloud = app.start_local_cloud().await.expect("starts again");
    assert!(app.restore_phone_access(&cloud).await.expect("restored"));
    assert_eq!(cloud.network_port(), Some(port));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_taken_port_moves_the_door_to_a_free_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = app(dir.path()).await;
    let cloud = app
        .start_local_cloud()
        .await
        .expect("the local cloud starts");
    // Someone else holds the usual port (or it is held already): the door opens elsewhere.
    let _holder = std::net::TcpListener::bind(("0.0.0.0", PHONE_PORT));
    let open = app.set_phone_access(&cloud, true).await.expect("opens");
    assert!(open.on);
    let port = cloud.network_port().expect("listening");
    assert_ne!(port, PHONE_PORT);
    assert_eq!(
        ready(&reqwest::Client::new(), port).await,
        Some(reqwest::StatusCode::OK)
    );
}
