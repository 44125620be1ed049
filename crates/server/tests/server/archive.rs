//! Albums and selections as one ZIP: every original stored byte for byte under its name, only
//! the account's own items, and an archive that stops (rather than ends short) when a stored
//! original is damaged.

use std::io::{Cursor, Read};

use bytes::Bytes;
use reqwest::{Method, StatusCode};
use skyfolio_protocol::ErrorCode;

use crate::{TestServer, corpus, expect_error, random_bytes};

/// The archive's entries: name, whether stored uncompressed, bytes.
fn entries(zip: &[u8]) -> Vec<(String, bool, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(zip)).expect("a whole ZIP");
    (0..archive.len())
        .map(|index| {
            let mut file = archive.by_index(index).expect("an entry");
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes).expect("the entry reads");
            (
                file.name().expect("a name").into_owned(),
                file.compression() == zip::CompressionMethod::Stored,
                bytes,
            )
        })
        .collect()
}

#[tokio::test]
async fn an_album_downloads_as_one_zip_of_its_originals() {
    let server = TestServer::start().await;
    let anna = server.user("anna@example.org").await;
    let photo = std::fs::read(corpus("jpeg/canon_eos_7d.jpg")).expect("a corpus photo");
    // Several chunks' worth, so that the writer hands the body over in pieces.
    let video = random_bytes(7, 3 * 1024 * 1024 + 17);
    let other = random_bytes(8, 1000);
    anna.upload("Été 2024/plage.jpg", &photo).await;
    anna.upload("Été 2024/clips/mer.mp4", &video).await;
    anna.upload("Travail/scan.jpg", &other).await;

    let response = anna
        .request(Method::GET, "/api/v1/archive?album=%C3%89t%C3%A9%202024")
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/zip");
    let disposition = response.headers()["content-disposition"]
        .to_str()
        .expect("text")
        .to_owned();
    assert!(
        disposition.contains("filename*=UTF-8''%C3%89t%C3%A9%202024.zip"),
        "{disposition}"
    );
    let zip = response.bytes().await.expect("the body");
    let mut got = entries(&zip);
    got.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(
        got,
        vec![
            ("clips/mer.mp4".to_owned(), true, video.clone()),
            ("plage.jpg".to_owned(), true, photo.clone()),
        ]
    );
}

#[tokio::test]
async fn a_selection_downloads_by_its_paths_and_only_the_accounts_own() {
    let server = TestServer::start().await;
    let anna = server.user("anna@example.org").await;
    let ben = server.user("ben@example.org").await;
    let first = random_bytes(1, 5000);
    let second = random_bytes(2, 6000);
    let a = anna.upload("Holiday/a.jpg", &first).await;
    let b = anna.upload("b.jpg", &second).await;
    let bens = ben.upload("Ben/c.jpg", &random_bytes(3, 100)).await;

    let response = anna
        .request(
            Method::GET,
            &format!("/api/v1/archive?ids={},{},{}", b.id, a.id, a.id),
        )
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::OK);
    let zip = response.bytes().await.expect("the body");
    assert_eq!(
        entries(&zip),
        vec![
            ("b.jpg".to_owned(), true, second),
            ("Holiday/a.jpg".to_owned(), true, first),
        ]
    );

    // Another account's item is not there for anna, and the answer names it.
    let refused = anna
        .request(
            Method::GET,
            &format!("/api/v1/archive?ids={},{}", a.id, bens.id),
        )
        .send()
        .await
        .expect("an answer");
    let body = expect_error(refused, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;
    assert!(body.message.contains(bens.id.as_str()), "{}", body.message);

    // An item in the recycle bin is not in the timeline's archives.
    let trashed = anna
        .request(Method::DELETE, &format!("/api/v1/media/{}", b.id))
        .send()
        .await
        .expect("trash");
    assert!(trashed.status().is_success());
    let gone = anna
        .request(Method::GET, &format!("/api/v1/archive?ids={}", b.id))
        .send()
        .await
        .expect("an answer");
    expect_error(gone, StatusCode::NOT_FOUND, ErrorCode::NotFound).await;

    // Everything: what is live, by whole path.
    let response = anna
        .request(Method::GET, "/api/v1/archive?all=true")
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::OK);
    let names: Vec<String> = entries(&response.bytes().await.expect("the body"))
        .into_iter()
        .map(|(name, _, _)| name)
        .collect();
    assert_eq!(names, vec!["Holiday/a.jpg".to_owned()]);

    // An album with nothing in it, and a question that names two or none.
    for query in [
        "album=Nowhere",
        "album=Holiday&ids=x",
        "all=true&album=Holiday",
        "",
    ] {
        let response = anna
            .request(Method::GET, &format!("/api/v1/archive?{query}"))
            .send()
            .await
            .expect("an answer");
        assert!(
            response.status() == StatusCode::NOT_FOUND
                || response.status() == StatusCode::BAD_REQUEST,
            "{query}: {}",
            response.status()
        );
    }
    // Without a session, nothing.
    let anonymous = reqwest::get(server.url("/api/v1/archive?album=Holiday"))
        .await
        .expect("an answer");
    assert_eq!(anonymous.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_damaged_original_stops_the_archive_instead_of_ending_it_short() {
    let server = TestServer::start().await;
    let anna = server.user("anna@example.org").await;
    let whole = random_bytes(11, 40_000);
    let damaged = random_bytes(12, 50_000);
    anna.upload("Trip/1.jpg", &whole).await;
    anna.upload("Trip/2.jpg", &damaged).await;
    // The second original's stored bytes change behind the server's back.
    let hash = crate::hash(&damaged);
    let key = server
        .server
        .store()
        .all_blobs()
        .await
        .expect("blobs")
        .into_iter()
        .find(|blob| blob.hash == hash)
        .expect("the stored original")
        .storage_key;
    let mut changed = damaged.clone();
    changed[100] ^= 1;
    server
        .server
        .storage()
        .put(&key, Bytes::from(changed))
        .await
        .expect("the store takes it");

    let response = anna
        .request(Method::GET, "/api/v1/archive?album=Trip")
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status(), StatusCode::OK, "the archive starts");
    let body = response.bytes().await;
    match body {
        // The response was cut off: the client knows the download failed.
        Err(_) => {}
        Ok(bytes) => panic!(
            "a damaged original gave a complete answer of {} bytes",
            bytes.len()
        ),
    }
}
