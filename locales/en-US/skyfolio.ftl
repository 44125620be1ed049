# Skyfolio, English (United States).
# Every string a person sees in Skyfolio lives here. Ids are kebab-case `area-thing[-state]`;
# error messages are `error-<code>`, one for each code the app can report.

## The window

app-title = Skyfolio

## Choosing a folder

folder-choose = Choose folder
folder-choose-dialog = Choose a folder of photos
# Under the app name: the folder shown ($name) and how many photos and videos it holds.
folder-summary = { $name } · { $count ->
    [one] { $count } item
   *[other] { $count } items
}

## The grid of photos and videos

grid-empty-title = Your photos, at a glance
grid-empty = Choose a folder to see its photos and videos here.
grid-loading = Looking for photos and videos…
grid-nothing = There are no photos or videos in this folder.
grid-label = Photos and videos
grid-video = Video
# A tile whose file could not be shown. $name is the file name, $reason one of the error messages.
grid-failed = { $name }: { $reason }

## Errors, by code

error-io = Skyfolio could not read this file.
error-empty-file = This file is empty.
error-unsupported-format = Skyfolio can’t show this kind of file.
error-too-large = This picture is too large to open safely.
error-corrupt = This file is damaged or incomplete.
error-timeout = Making a preview took too long.
error-folder-unreadable = Skyfolio could not open this folder.
error-internal = Something went wrong inside Skyfolio.
error-unknown = Something went wrong.
