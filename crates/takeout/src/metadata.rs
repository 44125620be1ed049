//! What Google's JSON says: a media item's sidecar (`IMG_1.jpg.supplemental-metadata.json`) and
//! an album folder's `metadata.json`, read leniently. Google does not document either: unknown
//! fields are ignored, a field of an unexpected type counts as absent, and only bytes that are
//! not a JSON object at all are an [`Error`] (naming the entry, never a panic).

use jiff::Timestamp;
use serde::Serialize;
use serde_json::{Map, Value};
use unicode_normalization::UnicodeNormalization;

use crate::Error;

/// The names (in lowercase) an album folder's metadata file has been seen under: the file is
/// named in the account's language (`metadata.json`, `métadonnées.json`, `Metadaten.json`…). A JSON that
/// looks like album metadata counts whatever its name; these names only settle the files that
/// hold nothing but a title.
pub const ALBUM_METADATA_NAMES: &[&str] = &[
    "metadata.json",
    "métadonnées.json",
    "metadaten.json",
    "metadati.json",
    "metadatos.json",
    "metadades.json",
    "metadáta.json",
    "метаданные.json",
    "метаданни.json",
];

/// Fields that only a media item's sidecar has, never an album's metadata.
const ITEM_FIELDS: &[&str] = &[
    "photoTakenTime",
    "creationTime",
    "photoLastModifiedTime",
    "modificationTime",
    "url",
    "imageViews",
    "googlePhotosOrigin",
];

/// What a media item's sidecar says. Every field is optional: Google leaves out what it does
/// not know, and `favorited`, `archived` and `trashed` are absent when false.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct ItemMetadata {
    /// The item's name in Google Photos (as uploaded; the file in the archive may be named
    /// differently, clipped or numbered).
    pub title: Option<String>,
    /// The caption the person wrote.
    pub description: Option<String>,
    /// The item's page on photos.google.com: the report gives it for items not imported.
    pub url: Option<String>,
    /// `photoTakenTime`: when the photo was taken, in UTC (the original offset is lost). Only
    /// for items whose file has no capture time of its own.
    pub taken_at: Option<Timestamp>,
    /// `creationTime`: when the item was uploaded, not taken.
    pub uploaded_at: Option<Timestamp>,
    /// `geoData`: the place, possibly as the person corrected it.
    pub geo_data: Option<GeoPoint>,
    /// `geoDataExif`: the place as the file's EXIF gave it.
    pub geo_data_exif: Option<GeoPoint>,
    /// Marked as a favourite.
    pub favorited: bool,
    /// In the archive (hidden from the photo grid).
    pub archived: bool,
    /// In Google Photos' trash when exported.
    pub trashed: bool,
    /// The names of the people recognised and named in it.
    pub people: Vec<String>,
    /// Whether the JSON holds any field only item sidecars have (`photoTakenTime`, `url`…):
    /// a JSON without one that matches no media is not reported as a lost item.
    pub has_item_fields: bool,
}

/// A place on Earth, from a sidecar. `0.0, 0.0` is how Google says "unknown", so it never
/// appears here, and neither does an altitude of exactly 0.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GeoPoint {
    /// Degrees north (negative: south), WGS 84.
    pub latitude: f64,
    /// Degrees east (negative: west), WGS 84.
    pub longitude: f64,
    /// Metres above sea level, when known.
    pub altitude: Option<f64>,
}

/// Where an item was, and which of the sidecar's two places said so.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Location {
    /// The place.
    pub point: GeoPoint,
    /// The sidecar field it came from.
    pub source: LocationSource,
}

/// Which field of the sidecar gave a [`Location`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LocationSource {
    /// `geoData`, which the person may have corrected in Google Photos.
    GeoData,
    /// `geoDataExif`, the file's own, used when `geoData` is unknown.
    GeoDataExif,
}

impl ItemMetadata {
    /// The item's place: `geoData` (it holds the person's corrections), else `geoDataExif`.
    pub fn location(&self) -> Option<Location> {
        self.geo_data
            .map(|point| Location {
                point,
                source: LocationSource::GeoData,
            })
            .or_else(|| {
                self.geo_data_exif.map(|point| Location {
                    point,
                    source: LocationSource::GeoDataExif,
                })
            })
    }
}

/// What an album folder's metadata file says. Its title wins over the folder's name, which
/// Google localizes, numbers and strips of characters file systems refuse.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct AlbumMetadata {
    /// The album's title as the person wrote it (empty for untitled albums: `None`).
    pub title: Option<String>,
    /// The album's description.
    pub description: Option<String>,
}

/// A JSON file of a Takeout, told apart by its content.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum JsonDocument {
    /// An object that is not album metadata: a media item's sidecar, or another object that
    /// may be one (see [`ItemMetadata::has_item_fields`]).
    Item(ItemMetadata),
    /// An album folder's metadata (`title`, `access`, `date`, or the older `albumData`).
    Album(AlbumMetadata),
    /// Well-formed JSON that is not an object (an array, a string…): none of the above.
    Other,
}

/// Reads one JSON file of a Takeout: a sidecar, an album's metadata, or something else.
/// `entry` is its path in the Takeout, used for the album-metadata names and in errors.
pub fn read_json(entry: &str, bytes: &[u8]) -> Result<JsonDocument, Error> {
    let value = parse(entry, bytes)?;
    let Value::Object(object) = value else {
        return Ok(JsonDocument::Other);
    };
    let has_item_fields = ITEM_FIELDS.iter().any(|field| object.contains_key(*field));
    if !has_item_fields
        && (object.get("albumData").is_some_and(Value::is_object)
            || object.contains_key("access")
            || object.contains_key("date")
            || is_album_metadata_name(entry))
    {
        return Ok(JsonDocument::Album(album_from(&object)));
    }
    Ok(JsonDocument::Item(item_from(&object, has_item_fields)))
}

/// Reads a media item's sidecar, whatever its content looks like.
pub fn parse_sidecar(entry: &str, bytes: &[u8]) -> Result<ItemMetadata, Error> {
    match parse(entry, bytes)? {
        Value::Object(object) => {
            let has_item_fields = ITEM_FIELDS.iter().any(|field| object.contains_key(*field));
            Ok(item_from(&object, has_item_fields))
        }
        _ => Err(Error::NotAnObject {
            entry: entry.to_owned(),
        }),
    }
}

/// Reads an album folder's metadata file.
pub fn parse_album_metadata(entry: &str, bytes: &[u8]) -> Result<AlbumMetadata, Error> {
    match parse(entry, bytes)? {
        Value::Object(object) => Ok(album_from(&object)),
        _ => Err(Error::NotAnObject {
            entry: entry.to_owned(),
        }),
    }
}

/// Whether the entry's file name is one of [`ALBUM_METADATA_NAMES`] (in any case).
pub(crate) fn is_album_metadata_name(entry: &str) -> bool {
    let name = entry.rsplit('/').next().unwrap_or(entry);
    let name: String = name.nfc().collect::<String>().to_lowercase();
    ALBUM_METADATA_NAMES.contains(&name.as_str())
}

fn parse(entry: &str, bytes: &[u8]) -> Result<Value, Error> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    serde_json::from_slice(bytes).map_err(|source| Error::DamagedJson {
        entry: entry.to_owned(),
        source,
    })
}

fn item_from(object: &Map<String, Value>, has_item_fields: bool) -> ItemMetadata {
    ItemMetadata {
        title: text(object.get("title")),
        description: text(object.get("description")),
        url: text(object.get("url")),
        taken_at: timestamp(object.get("photoTakenTime")),
        uploaded_at: timestamp(object.get("creationTime")),
        geo_data: geo_point(object.get("geoData")),
        geo_data_exif: geo_point(object.get("geoDataExif")),
        favorited: flag(object.get("favorited")),
        archived: flag(object.get("archived")),
        trashed: flag(object.get("trashed")),
        people: people(object.get("people")),
        has_item_fields,
    }
}

fn album_from(object: &Map<String, Value>) -> AlbumMetadata {
    let object = match object.get("albumData") {
        Some(Value::Object(inner)) => inner,
        _ => object,
    };
    AlbumMetadata {
        title: text(object.get("title")),
        description: text(object.get("description")),
    }
}

/// A non-empty string.
fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        _ => None,
    }
}

/// `{"timestamp": "1559390400", "formatted": "…"}`: seconds since 1970 in UTC, as a string
/// (or, from other tools, a number). Zero is how an unset time looks, so it counts as absent.
fn timestamp(value: Option<&Value>) -> Option<Timestamp> {
    let seconds = match value?.get("timestamp")? {
        Value::String(s) => s.trim().parse::<i64>().ok()?,
        Value::Number(n) => n.as_i64()?,
        _ => return None,
    };
    if seconds == 0 {
        return None;
    }
    Timestamp::from_second(seconds).ok()
}

fn number(value: Option<&Value>) -> Option<f64> {
    match value? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    }
    .filter(|n| n.is_finite())
}

fn geo_point(value: Option<&Value>) -> Option<GeoPoint> {
    let value = value?;
    let latitude = number(value.get("latitude"))?;
    let longitude = number(value.get("longitude"))?;
    if (latitude == 0.0 && longitude == 0.0)
        || !(-90.0..=90.0).contains(&latitude)
        || !(-180.0..=180.0).contains(&longitude)
    {
        return None;
    }
    let altitude = number(value.get("altitude")).filter(|a| *a != 0.0);
    Some(GeoPoint {
        latitude,
        longitude,
        altitude,
    })
}

fn flag(value: Option<&Value>) -> bool {
    match value {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

fn people(value: Option<&Value>) -> Vec<String> {
    let Some(Value::Array(people)) = value else {
        return Vec::new();
    };
    people
        .iter()
        .filter_map(|person| text(person.get("name")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIDECAR: &str = r#"{
      "title": "IMG_20190601_120000.jpg",
      "description": "Picnic by the lake",
      "imageViews": "12",
      "creationTime": { "timestamp": "1559480400", "formatted": "2 Jun 2019, 13:00:00 UTC" },
      "photoTakenTime": { "timestamp": "1559390400", "formatted": "1 Jun 2019, 12:00:00 UTC" },
      "geoData": { "latitude": 0.0, "longitude": 0.0, "altitude": 0.0, "latitudeSpan": 0.0, "longitudeSpan": 0.0 },
      "geoDataExif": { "latitude": 48.8584, "longitude": 2.2945, "altitude": 35.5, "latitudeSpan": 0.0, "longitudeSpan": 0.0 },
      "people": [ { "name": "Alice" }, { "name": "" }, { "nom": "x" }, { "name": "Bob" } ],
      "url": "https://photos.google.com/photo/AF1QipN-example",
      "googlePhotosOrigin": { "mobileUpload": { "deviceType": "ANDROID_PHONE" } },
      "favorited": true,
      "someFieldGoogleAddsNextYear": { "nested": [1, 2, 3] }
    }"#;

    #[test]
    fn reads_a_sidecar() {
        let meta = parse_sidecar("IMG.json", SIDECAR.as_bytes()).expect("readable JSON");
        assert_eq!(meta.title.as_deref(), Some("IMG_20190601_120000.jpg"));
        assert_eq!(meta.description.as_deref(), Some("Picnic by the lake"));
        assert_eq!(
            meta.url.as_deref(),
            Some("https://photos.google.com/photo/AF1QipN-example")
        );
        assert_eq!(
            meta.taken_at,
            Some(
                "2019-06-01T12:00:00Z"
                    .parse::<Timestamp>()
                    .expect("a timestamp")
            )
        );
        assert_eq!(meta.taken_at.expect("present").as_second(), 1_559_390_400);
        assert_eq!(
            meta.uploaded_at.expect("present").as_second(),
            1_559_480_400
        );
        assert_eq!(meta.geo_data, None, "0.0/0.0 means unknown");
        assert!(meta.favorited);
        assert!(!meta.archived);
        assert!(!meta.trashed);
        assert_eq!(meta.people, ["Alice", "Bob"]);
        assert!(meta.has_item_fields);
        assert_eq!(
            meta.location(),
            Some(Location {
                point: GeoPoint {
                    latitude: 48.8584,
                    longitude: 2.2945,
                    altitude: Some(35.5)
                },
                source: LocationSource::GeoDataExif,
            })
        );
    }

    #[test]
    fn geo_data_wins_over_geo_data_exif() {
        let json = r#"{"photoTakenTime": {"timestamp": "1"},
            "geoData": {"latitude": 41.9, "longitude": 12.5, "altitude": 0.0},
            "geoDataExif": {"latitude": 48.8, "longitude": 2.3}}"#;
        let meta = parse_sidecar("x.json", json.as_bytes()).expect("readable JSON");
        let location = meta.location().expect("present");
        assert_eq!(location.source, LocationSource::GeoData);
        assert_eq!(location.point.latitude, 41.9);
        assert_eq!(location.point.altitude, None);
    }

    #[test]
    fn neither_place_known_means_no_location() {
        let json = r#"{"geoData": {"latitude": 0, "longitude": 0},
            "geoDataExif": {"latitude": 0.0, "longitude": 0.0}}"#;
        let meta = parse_sidecar("x.json", json.as_bytes()).expect("readable JSON");
        assert_eq!(meta.location(), None);
        // Out of range is not a place either.
        let json = r#"{"geoData": {"latitude": 91.0, "longitude": 12.0}}"#;
        let meta = parse_sidecar("x.json", json.as_bytes()).expect("readable JSON");
        assert_eq!(meta.location(), None);
    }

    #[test]
    fn flags_and_odd_types_are_lenient() {
        let json = r#"{"title": 42, "description": "  ", "favorited": "true", "archived": true,
            "trashed": true, "photoTakenTime": {"timestamp": 1559390400},
            "creationTime": {"timestamp": "not a number"}, "people": "Alice",
            "geoData": {"latitude": "41.9", "longitude": "12.5"}}"#;
        let meta = parse_sidecar("x.json", json.as_bytes()).expect("readable JSON");
        assert_eq!(meta.title, None);
        assert_eq!(meta.description, None);
        assert!(meta.favorited && meta.archived && meta.trashed);
        assert_eq!(meta.taken_at.expect("present").as_second(), 1_559_390_400);
        assert_eq!(meta.uploaded_at, None);
        assert!(meta.people.is_empty());
        assert_eq!(meta.geo_data.expect("present").longitude, 12.5);
    }

    #[test]
    fn zero_and_impossible_times_are_absent() {
        for ts in [r#""0""#, r#""99999999999999999999""#, r#""-""#, "null"] {
            let json = format!(r#"{{"photoTakenTime": {{"timestamp": {ts}}}}}"#);
            let meta = parse_sidecar("x.json", json.as_bytes()).expect("readable JSON");
            assert_eq!(meta.taken_at, None, "{ts}");
        }
        // Before 1970 is a real date (a scanned print dated by hand).
        let json = r#"{"photoTakenTime": {"timestamp": "-315619200"}}"#;
        let meta = parse_sidecar("x.json", json.as_bytes()).expect("readable JSON");
        assert_eq!(
            meta.taken_at,
            Some(
                "1960-01-01T00:00:00Z"
                    .parse::<Timestamp>()
                    .expect("a timestamp")
            )
        );
    }

    #[test]
    fn a_damaged_sidecar_is_an_error_naming_it() {
        let entry = "Takeout/Google Photos/Photos from 2019/IMG_1.jpg.json";
        let cut = &SIDECAR.as_bytes()[..SIDECAR.len() / 2];
        for bytes in [cut, b"", b"\xff\xfe{", b"{\"title\": \"x\",}"] {
            let error = parse_sidecar(entry, bytes).expect_err("damaged");
            assert_eq!(error.code(), skyfolio_codes::Code::DamagedJson);
            assert_eq!(error.entry(), entry);
            assert!(error.to_string().starts_with(entry), "{error}");
            assert!(std::error::Error::source(&error).is_some());
            assert!(read_json(entry, bytes).is_err());
        }
        let error = parse_sidecar(entry, b"[1, 2]").expect_err("not an object");
        assert_eq!(error.code(), skyfolio_codes::Code::NotAnObject);
        assert_eq!(
            read_json(entry, b"[1, 2]").expect("readable JSON"),
            JsonDocument::Other
        );
    }

    #[test]
    fn a_byte_order_mark_is_fine() {
        let bytes = b"\xef\xbb\xbf{\"title\": \"IMG_1.jpg\", \"url\": \"u\"}";
        let meta = parse_sidecar("x.json", bytes).expect("readable JSON");
        assert_eq!(meta.title.as_deref(), Some("IMG_1.jpg"));
    }

    #[test]
    fn tells_album_metadata_from_sidecars() {
        let album = r#"{"title": "Rome 2019", "description": "", "access": "protected",
            "date": {"timestamp": "1559390400", "formatted": "1 Jun 2019"},
            "location": "", "geoData": {"latitude": 0.0, "longitude": 0.0}}"#;
        for name in [
            "Trip/metadata.json",
            "Voyage/métadonnées.json",
            "Reise/x.json",
        ] {
            assert_eq!(
                read_json(name, album.as_bytes()).expect("readable JSON"),
                JsonDocument::Album(AlbumMetadata {
                    title: Some("Rome 2019".into()),
                    description: None,
                })
            );
        }
        // The older form, wrapped in `albumData`.
        let old = r#"{"albumData": {"title": "Urlaub", "description": "Sommer"}}"#;
        assert_eq!(
            read_json("Urlaub/Metadaten.json", old.as_bytes()).expect("readable JSON"),
            JsonDocument::Album(AlbumMetadata {
                title: Some("Urlaub".into()),
                description: Some("Sommer".into()),
            })
        );
        // Only a title: album metadata by its (localized) name, else a possible sidecar.
        let bare = r#"{"title": "Rome"}"#;
        assert!(matches!(
            read_json("Roma/Metadati.json", bare.as_bytes()).expect("readable JSON"),
            JsonDocument::Album(_)
        ));
        assert!(matches!(
            read_json("Roma/IMG_1.jpg.json", bare.as_bytes()).expect("readable JSON"),
            JsonDocument::Item(ItemMetadata {
                has_item_fields: false,
                ..
            })
        ));
        // A sidecar is a sidecar, even named like album metadata.
        assert!(matches!(
            read_json("Trip/metadata.json", SIDECAR.as_bytes()).expect("readable JSON"),
            JsonDocument::Item(ItemMetadata {
                has_item_fields: true,
                ..
            })
        ));
        let meta =
            parse_album_metadata("Trip/metadata.json", album.as_bytes()).expect("readable JSON");
        assert_eq!(meta.title.as_deref(), Some("Rome 2019"));
    }
}
