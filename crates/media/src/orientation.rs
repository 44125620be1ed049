use serde::{Serialize, Serializer};

/// EXIF orientation: how the stored pixels must be turned to stand upright.
///
/// The value is the EXIF tag's number, 1 to 8. Zero and anything out of range mean "as stored"
/// (1), as every camera and viewer treats them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Orientation(u8);

impl Orientation {
    pub const UPRIGHT: Orientation = Orientation(1);

    pub fn from_exif(value: u32) -> Orientation {
        match value {
            1..=8 => Orientation(value as u8),
            _ => Orientation::UPRIGHT,
        }
    }

    pub fn exif_value(self) -> u8 {
        self.0.max(1)
    }

    /// Values 5 to 8 turn the picture a quarter: width and height change places on screen.
    pub fn swaps_dimensions(self) -> bool {
        self.exif_value() >= 5
    }

    /// The size a person sees, given the size the pixels are stored in.
    pub fn display_size(self, width: u32, height: u32) -> (u32, u32) {
        if self.swaps_dimensions() {
            (height, width)
        } else {
            (width, height)
        }
    }

    pub(crate) fn to_image(self) -> image::metadata::Orientation {
        image::metadata::Orientation::from_exif(self.exif_value())
            .unwrap_or(image::metadata::Orientation::NoTransforms)
    }
}

impl Serialize for Orientation {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.exif_value())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_and_out_of_range_values_mean_upright() {
        for value in [0, 9, 255, 70_000] {
            assert_eq!(Orientation::from_exif(value), Orientation::UPRIGHT);
        }
        assert_eq!(Orientation::default().exif_value(), 1);
    }

    #[test]
    fn quarter_turns_swap_the_displayed_size() {
        for value in 1..=8 {
            let size = Orientation::from_exif(value).display_size(4000, 3000);
            let expected = if value >= 5 {
                (3000, 4000)
            } else {
                (4000, 3000)
            };
            assert_eq!(size, expected, "orientation {value}");
        }
    }
}
