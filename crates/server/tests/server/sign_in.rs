//! Signing in under attack: behind a reverse proxy each client is counted by its own address,
//! a stranger cannot lock the owner out, a flood of log-ins stays within memory and is told to
//! come back, and registration is closed but for invites once the first account exists.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::json;
use skyfolio_protocol::ErrorCode;
use skyfolio_server::Clock;

use crate::crash::{Place, Process};
use crate::{TestServer, expect_error};

const PASSWORD: &str = "correct horse battery";

/// Log-in through a proxy that says the client is `from`.
async fn log_in_from(base: &str, from: &str, email: &str, password: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{base}/api/v1/session"))
        .header("X-Forwarded-For", from)
        .json(&json!({"email": email, "password": password,
                      "device_name": "laptop", "platform": "linux"}))
        .send()
        .await
        .expect("an answer")
}

async fn register(server: &TestServer, email: &str, invite: Option<&str>) -> reqwest::Response {
    let mut body = json!({"email": email, "password": PASSWORD});
    if let Some(code) = invite {
        body["invite"] = json!(code);
    }
    reqwest::Client::new()
        .post(server.url("/api/v1/account/register"))
        .json(&body)
        .send()
        .await
        .expect("register")
}

fn behind_a_proxy(config: &mut skyfolio_server::Config) {
    config.trusted_proxies =
        vec![skyfolio_server::config::parse_proxy("127.0.0.1").expect("an address")];
}

fn retry_after(response: &reqwest::Response) -> u64 {
    response
        .headers()
        .get("retry-after")
        .expect("Retry-After")
        .to_str()
        .expect("text")
        .parse()
        .expect("seconds")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stranger_behind_the_proxy_cannot_lock_out_the_owner() {
    let server = TestServer::with(behind_a_proxy).await;
    server.user("anna@example.org").await;
    let base = server.base.as_str();
    const HOME: &str = "198.51.100.7";
    let signed_in = log_in_from(base, HOME, "anna@example.org", PASSWORD).await;
    assert_eq!(signed_in.status(), StatusCode::OK, "the owner, from home");

    // One stranger guesses: slowed down after five tries, whatever the password.
    for _ in 0..5 {
        let guess = log_in_from(base, "203.0.113.9", "anna@example.org", "a guess").await;
        expect_error(
            guess,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
    }
    let guess = log_in_from(base, "203.0.113.9", "anna@example.org", "a guess").await;
    assert!(retry_after(&guess) >= 1);
    expect_error(
        guess,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
    // The owner, behind the same proxy, is not.
    let owner = log_in_from(base, HOME, "anna@example.org", PASSWORD).await;
    assert_eq!(owner.status(), StatusCode::OK, "the owner gets in");

    // Strangers from many addresses: the account holds back addresses it does not know…
    many_strangers_guess(base, 0).await;
    let stranger = log_in_from(base, "192.0.2.200", "anna@example.org", "guess").await;
    let wait = retry_after(&stranger);
    assert!((1..=15 * 60).contains(&wait), "a capped wait: {wait}");
    expect_error(
        stranger,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
    // …the owner somewhere new among them…
    let travelling = log_in_from(base, "233.252.0.1", "anna@example.org", PASSWORD).await;
    expect_error(
        travelling,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
    // …but not the owner's home, even behind the same proxy.
    let owner = log_in_from(base, HOME, "anna@example.org", PASSWORD).await;
    assert_eq!(owner.status(), StatusCode::OK, "the owner still gets in");

    // And somewhere new, the owner waits a bounded time, like anyone new.
    many_strangers_guess(base, 100).await;
    let travelling = log_in_from(base, "233.252.0.1", "anna@example.org", PASSWORD).await;
    assert_eq!(travelling.status(), StatusCode::TOO_MANY_REQUESTS);
    server
        .clock
        .advance(Duration::from_secs(retry_after(&travelling)));
    let travelling = log_in_from(base, "233.252.0.1", "anna@example.org", PASSWORD).await;
    assert_eq!(
        travelling.status(),
        StatusCode::OK,
        "and gets in after the wait"
    );
}

/// Wrong passwords for anna from 40 addresses, one each, from `192.0.2.<first>` on.
async fn many_strangers_guess(base: &str, first: u32) {
    for i in first..first + 40 {
        let guess = log_in_from(base, &format!("192.0.2.{i}"), "anna@example.org", "guess").await;
        let status = guess.status();
        assert!(
            status == StatusCode::UNAUTHORIZED || status == StatusCode::TOO_MANY_REQUESTS,
            "{status}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forwarded_header_from_an_untrusted_peer_is_ignored() {
    // No proxy is trusted: what a client says of its address changes nothing.
    let server = TestServer::start().await;
    server.user("anna@example.org").await;
    for i in 0..5 {
        let guess = log_in_from(
            &server.base,
            &format!("192.0.2.{i}"),
            "anna@example.org",
            "guess",
        )
        .await;
        expect_error(
            guess,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
    }
    let guess = log_in_from(&server.base, "192.0.2.99", "anna@example.org", "guess").await;
    expect_error(
        guess,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
    // Behind a trusted proxy, the client a client claims to be at the left of the list is not
    // believed either: the proxy's own entry, at the right, is.
    let server = TestServer::with(behind_a_proxy).await;
    server.user("anna@example.org").await;
    for i in 0..5 {
        let from = format!("192.0.2.{i}, 203.0.113.9");
        let guess = log_in_from(&server.base, &from, "anna@example.org", "guess").await;
        expect_error(
            guess,
            StatusCode::UNAUTHORIZED,
            ErrorCode::InvalidCredentials,
        )
        .await;
    }
    let guess = log_in_from(
        &server.base,
        "192.0.2.99, 203.0.113.9",
        "anna@example.org",
        "guess",
    )
    .await;
    expect_error(
        guess,
        StatusCode::TOO_MANY_REQUESTS,
        ErrorCode::TooManyAttempts,
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_guesses_gets_no_more_tries_than_one_at_a_time() {
    let server = TestServer::start().await;
    server.user("anna@example.org").await;
    let guesses: Vec<_> = (0..20)
        .map(|i| {
            let base = server.base.clone();
            tokio::spawn(async move {
                log_in_from(
                    &base,
                    "192.0.2.1",
                    "anna@example.org",
                    &format!("guess {i}"),
                )
                .await
                .status()
            })
        })
        .collect();
    let mut checked = 0;
    for guess in guesses {
        let status = guess.await.expect("joined");
        if status == StatusCode::UNAUTHORIZED {
            checked += 1;
        } else {
            assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
        }
    }
    assert!(checked <= 5, "{checked} passwords checked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_ins_past_the_hashing_limit_are_answered_server_busy() {
    let server = TestServer::with(|config| {
        behind_a_proxy(config);
        config.hashing_permits = Some(1);
        config.hashing_wait = Duration::from_millis(20);
    })
    .await;
    server.user("anna@example.org").await;
    let flood: Vec<_> = (0..16)
        .map(|i| {
            let base = server.base.clone();
            tokio::spawn(async move {
                log_in_from(
                    &base,
                    &format!("192.0.2.{i}"),
                    &format!("n{i}@example.org"),
                    "guess",
                )
                .await
            })
        })
        .collect();
    let mut busy = 0;
    for answer in flood {
        let answer = answer.await.expect("joined");
        if answer.status() == StatusCode::SERVICE_UNAVAILABLE {
            assert_eq!(retry_after(&answer), 2);
            expect_error(
                answer,
                StatusCode::SERVICE_UNAVAILABLE,
                ErrorCode::ServerBusy,
            )
            .await;
            busy += 1;
        } else {
            expect_error(
                answer,
                StatusCode::UNAUTHORIZED,
                ErrorCode::InvalidCredentials,
            )
            .await;
        }
    }
    assert!(
        busy > 0,
        "one check at a time with a short wait: some are turned away"
    );
    // Turned away is not a failure, and the server answers as before once the flood is over.
    let owner = log_in_from(&server.base, "198.51.100.7", "anna@example.org", PASSWORD).await;
    assert_eq!(owner.status(), StatusCode::OK);
}

/// `VmHWM` (the peak) and `VmRSS` (now) of a process, in bytes.
fn memory_of(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    let field = |name: &str| -> u64 {
        status
            .lines()
            .find_map(|line| line.strip_prefix(name))
            .and_then(|rest| rest.trim().strip_suffix("kB"))
            .and_then(|kb| kb.trim().parse::<u64>().ok())
            .unwrap_or_else(|| panic!("no {name} in\n{status}"))
            * 1024
    };
    (field("VmHWM:"), field("VmRSS:"))
}

const MIB: u64 = 1 << 20;

/// 128 log-ins at once, each from an address of its own and for an email of its own, as a
/// crowd of machines trying stolen passwords would send them: no throttle holds them back,
/// and each checks a password (19 MiB of argon2). Unbounded, the server took 2.4 GiB and kept
/// it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_failed_log_ins_stay_within_memory() {
    let place = Place::new().await;
    let server = Process::run(
        &place,
        &[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--trusted-proxy",
            "127.0.0.1",
        ],
        None,
    );
    let pid = server.pid();
    // Settled after start-up (which hashes one password itself).
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (_, floor) = memory_of(pid);
    let mut attempts = Vec::new();
    for i in 0..128u32 {
        let base = server.base.clone();
        let from = format!("10.{}.{}.{}", i / 65536, (i / 256) % 256, i % 256 + 1);
        attempts.push(tokio::spawn(async move {
            log_in_from(&base, &from, &format!("nobody{i}@example.org"), "a guess")
                .await
                .status()
        }));
    }
    let mut answers = std::collections::BTreeMap::<u16, usize>::new();
    for attempt in attempts {
        *answers
            .entry(attempt.await.expect("joined").as_u16())
            .or_default() += 1;
    }
    let (peak, _) = memory_of(pid);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (_, after) = memory_of(pid);
    println!(
        "128 concurrent failed log-ins: floor {} MiB, peak {} MiB, after {} MiB; answers {answers:?}",
        floor / MIB,
        peak / MIB,
        after / MIB
    );
    server.kill();
    assert!(
        answers.keys().all(|status| [401, 503].contains(status)),
        "refused as wrong, or as busy: {answers:?}"
    );
    assert!(answers.contains_key(&401), "{answers:?}");
    assert!(peak < 400 * MIB, "peak {} MiB", peak / MIB);
    assert!(
        after < floor + 64 * MIB,
        "memory did not come back down: {} MiB after, {} MiB before",
        after / MIB,
        floor / MIB
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registration_is_closed_after_the_first_account_but_for_invites() {
    let server = TestServer::with(|config| config.open_registration = false).await;
    let first = register(&server, "anna@example.org", None).await;
    assert_eq!(first.status(), StatusCode::CREATED, "the first account");
    let closed = register(&server, "ben@example.org", None).await;
    expect_error(closed, StatusCode::FORBIDDEN, ErrorCode::RegistrationClosed).await;

    let admin = server.admin().await;
    let (code, _) = admin
        .invite(Duration::from_secs(7 * 24 * 3600), Some(2 << 30))
        .await
        .expect("an invite");
    let wrong = register(&server, "ben@example.org", Some("AAAAA-BBBBB-CCCCC-DDDDD")).await;
    expect_error(wrong, StatusCode::FORBIDDEN, ErrorCode::InvalidInvite).await;
    // A refused registration leaves the invite as it was.
    let taken = register(&server, "anna@example.org", Some(&code)).await;
    expect_error(taken, StatusCode::CONFLICT, ErrorCode::EmailTaken).await;
    // Typed by a person: lower case, spaces for dashes.
    let typed = code.to_lowercase().replace('-', " ");
    let invited = register(&server, "ben@example.org", Some(&typed)).await;
    assert_eq!(invited.status(), StatusCode::CREATED);
    let ben = server.log_in("ben@example.org", PASSWORD, "phone").await;
    assert_eq!(
        ben.get_json("/api/v1/usage").await["quota"],
        2u64 << 30,
        "the invite's quota"
    );
    let used = register(&server, "carl@example.org", Some(&code)).await;
    expect_error(used, StatusCode::FORBIDDEN, ErrorCode::InvalidInvite).await;

    // An invite past its time is refused.
    let (late, _) = admin
        .invite(Duration::from_secs(3600), None)
        .await
        .expect("an invite");
    admin.close().await;
    let real_now = skyfolio_server::SystemClock.now_ms();
    server.clock.set(real_now + 2 * 3600 * 1000);
    let expired = register(&server, "dora@example.org", Some(&late)).await;
    expect_error(expired, StatusCode::FORBIDDEN, ErrorCode::InvalidInvite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bearer_scheme_is_read_in_any_case() {
    let server = TestServer::start().await;
    let user = server.user("anna@example.org").await;
    for scheme in ["Bearer", "bearer", "BEARER", "bEaReR"] {
        let response = reqwest::Client::new()
            .get(server.url("/api/v1/account"))
            .header("Authorization", format!("{scheme} {}", user.token))
            .send()
            .await
            .expect("GET");
        assert_eq!(response.status(), StatusCode::OK, "{scheme}");
    }
    let response = reqwest::Client::new()
        .get(server.url("/api/v1/account"))
        .header("Authorization", format!("Basic {}", user.token))
        .send()
        .await
        .expect("GET");
    expect_error(response, StatusCode::UNAUTHORIZED, ErrorCode::Unauthorized).await;
}
