# Skyfolio，简体中文（中国）。
# Skyfolio 中用户能看到的每一条文字都在这里。Id 采用 kebab-case 形式 `area-thing[-state]`；
# 错误信息为 `error-<code>`，应用可能报告的每个错误代码各对应一条。

## 窗口

app-title = Skyfolio
page-loading = 正在加载…
nav-label = 栏目
nav-photos = 照片
nav-albums = 相册
nav-trash = 回收站
nav-storage = 存储空间
nav-devices = 设备
nav-account = 账号

## 首次启动

welcome-title = 欢迎使用 Skyfolio
welcome-lead = 你的照片和视频，在你用的每台电脑上，也在你自己掌控的云里。
welcome-local-title = 在这台电脑上使用本地云
welcome-local-body = 马上就能开始：Skyfolio 会在这台电脑上的专属文件夹中，为你的照片再保存一份安全的副本。以后也可以迁移到服务器。
welcome-local-button = 使用本地云开始
welcome-local-starting = 正在启动…
welcome-server-title = 登录 Skyfolio 服务器
welcome-server-body = 使用家人或公司搭建的服务器，也可以用你自己的服务器。
welcome-server = 服务器地址
welcome-email = 电子邮箱
welcome-password = 密码
welcome-register = 在此服务器上创建账号
welcome-invite = 邀请码（如果服务器管理员给了你）
welcome-sign-in-button = 登录
welcome-register-button = 创建账号

## 工具栏

add-photos = 添加照片
add-photos-dialog = 选择要上传的照片和视频
add-folder = 添加文件夹
add-folder-dialog = 选择要上传的文件夹
filter-label = 显示
filter-all = 全部
filter-photos = 照片
filter-videos = 视频
selection-count = { $count ->
   *[other] 已选择 { $count } 项
}
selection-download = 下载
selection-trash = 移到回收站
selection-clear = 取消选择

## 时间线

gallery-label = 照片和视频，最新的排在前面
gallery-loading = 正在加载你的照片…
gallery-empty-title = 你的照片会显示在这里
gallery-empty = 将照片和视频拖到此窗口，或选择“添加照片”。
gallery-count = { $count ->
   *[other] { $count } 项
}
gallery-count-more = { $count ->
   *[other] 已加载 { $count } 项…
}
# $day 是完整写出的日期。
gallery-select-day = 选择 { $day } 的所有项目
gallery-day-count = { $count ->
   *[other] { $count } 项
}
gallery-photo = 照片
gallery-video = 视频
place-this-computer = 仅在这台电脑上
place-cloud = 仅在云端
place-both = 这台电脑和云端都有
tile-uploading = 正在上传
tile-failed = 无法上传

## 查看器

viewer-label = 照片查看器
viewer-previous = 上一张
viewer-next = 下一张
viewer-zoom-in = 放大
viewer-zoom-out = 缩小
viewer-info = 详细信息
viewer-download = 下载
viewer-trash = 移到回收站
viewer-close = 关闭
viewer-counter = { $position } / { $count }
viewer-photo-alt = 拍摄于 { $date } 的照片
viewer-no-preview = 此项目没有预览。
info-date = 拍摄时间
info-size = 大小
info-dimensions = 尺寸
info-dimensions-value = { $width } × { $height }
info-duration = 时长
info-camera = 相机
info-place = 地点
info-where = 存储位置
info-file = 文件
info-cloud-path = 云端路径

## 上传和下载

drop-here = 松开即可上传
upload-album-title = { $count ->
   *[other] 将 { $count } 项上传到哪个相册？
}
upload-album-label = 相册
upload-album-default = 上传内容
upload-finished = { $count ->
   *[other] 已上传 { $count } 项。
}
download-dialog = 选择原始文件的保存位置
download-finished = { $count ->
   *[other] 已下载 { $count } 项。
}
download-only-here = { $count ->
   *[other] 有 { $count } 项本来就只在这台电脑上，因此不会下载。
}
transfers-label = 上传和下载
transfer-upload-running = 正在上传 { $done }/{ $total }
transfer-upload-paused = 上传已暂停，{ $done }/{ $total }
transfer-upload-done = 已上传 { $done }/{ $total }
transfer-upload-cancelled = 上传已取消
transfer-upload-failed = 上传已完成，但出现了问题
transfer-download-running = 正在下载 { $done }/{ $total }
transfer-download-paused = 下载已暂停，{ $done }/{ $total }
transfer-download-done = 已下载 { $done }/{ $total }
transfer-download-cancelled = 下载已取消
transfer-download-failed = 下载已完成，但出现了问题
transfer-bytes = { $done } / { $total }
transfer-file = { $name }：{ $percent }
transfer-pause = 暂停
transfer-resume = 继续
transfer-cancel = 取消
transfer-dismiss = 关闭
transfer-failures = { $count ->
   *[other] { $count } 个文件失败
}

## 同步

sync-syncing = 正在同步…
# $done 从 1 开始计数：表示当前正在发送的文件。
sync-uploading = 正在上传 { $done }/{ $total }
sync-downloading = 正在下载 { $done }/{ $total }
sync-up-to-date = 已是最新
sync-up-to-date-at = 已是最新 · { $time }
sync-pending = 待上传 { $uploads } 项，待下载 { $downloads } 项
sync-failed = { $count ->
   *[other] { $count } 个文件无法同步
}
sync-signed-out = 未登录
sync-held = { $count ->
   *[other] { $count } 个文件夹等待你的答复
}
sync-folder-problems = { $count ->
   *[other] { $count } 个文件夹无法同步
}

## 相册

albums-title = 相册
albums-top = 不在任何相册中
albums-empty = 将照片上传到相册后，相册就会显示在这里。
albums-count = { $count ->
   *[other] { $countText } 项
}
albums-download = 下载
albums-download-all = 全部下载
albums-download-named = 下载相册“{ $name }”

## 回收站

trash-title = 回收站
trash-lead = 删除的照片和视频会保留在这里，并继续占用你的存储空间，直到被永久删除。
trash-nothing = 回收站是空的。
trash-days-left = { $days ->
    [0] 今天将被永久删除
   *[other] { $days } 天后永久删除
}
trash-restore = 恢复
trash-restored = “{ $name }”已恢复。
trash-delete-forever = 永久删除
trash-delete-forever-title = 要永久删除吗？
trash-delete-forever-body = “{ $name }”将从所有设备上删除，且无法恢复。
trash-empty-button = 清空回收站
trash-empty-title = 要清空回收站吗？
trash-empty-body = 回收站中的所有内容都将从所有设备上删除，且无法恢复。
trash-move = 移到回收站
trash-move-title = { $count ->
   *[other] 要将 { $count } 项移到回收站吗？
}
trash-move-body = 所选内容将从所有设备上移除。只要还在回收站中，你随时可以将其恢复。
trash-moved = { $count ->
   *[other] 已将 { $count } 项移到回收站。
}
trash-only-here = 这些项目只在这台电脑上：请到它们所在的文件夹中删除。

## 存储空间

storage-title = 存储空间
storage-used = 已用 { $used }，共 { $quota }
storage-used-disk = 已用 { $used } · 这台电脑上剩余 { $free }
storage-photos = 照片
storage-videos = 视频
storage-other = 其他文件
storage-trash = 回收站
storage-free-title = 释放空间
storage-empty-trash = 清空回收站
storage-largest-videos = 最大的视频
storage-no-videos = 还没有视频。
storage-duplicates = 以不同名称保存的相同照片
storage-no-duplicates = 没有重复保存的照片。
storage-move-to-trash = 移到回收站
storage-uploads-title = 正在进行的上传
storage-uploads-lead = 正在上传到云端的文件在完成前会占用你 { $size } 的存储空间。仍在发送的设备会自动继续；不会再完成的上传可以取消。
storage-upload-detail = 来自 { $device } · 已传 { $done }，共 { $size }
storage-upload-unknown-device = 另一台设备
storage-upload-cancel = 取消上传

## 设备

devices-title = 设备
devices-lead = 登录了你账号的所有电脑和手机。解除关联后，该设备会立即停止同步。
devices-this = 这台电脑
devices-never = 从未
devices-meta = { $platform } · 上次在线：{ $seen } · 上次同步：{ $synced }
devices-platform = { $platform ->
    [linux] Linux
    [windows] Windows
    [macos] macOS
    [android] Android
    [ios] iOS
   *[other] { $platform }
}
devices-unlink = 解除关联
devices-unlink-title = 要解除关联“{ $name }”吗？
devices-unlink-body = 该设备会立即停止同步，需要重新登录才能恢复。设备上的照片仍会保留。

## 账号

account-title = 账号
account-where = 云端
account-local-cloud = 这台电脑上的本地云
account-email = 账号
account-local-owner = 你（在这台电脑上）
account-device = 这台电脑
account-folders = 保持同步的文件夹
account-no-folders = 还没有文件夹。添加一个文件夹，让它与云端双向同步。
account-add-folder = 添加文件夹
account-add-folder-dialog = 选择要保持同步的文件夹
account-sign-out = 退出登录
account-sign-out-title = 要在这台电脑上保留你的照片吗？
account-sign-out-body = 你即将退出登录。同步文件夹中的照片和视频可以保留在这里；也可以将已安全保存到云端的那些移到电脑的回收站。
account-sign-out-keep = 保留并退出登录
account-sign-out-remove = 移除
account-sign-out-remove-title = 要从这台电脑上移除这些照片吗？
account-sign-out-remove-body = 所有已安全保存到云端的照片和视频都会移到这台电脑的回收站。只存在于这台电脑上的文件会保留。
mode-two-way = 双向
mode-upload-only = 备份：从这台电脑到云端
mode-download-only = 从云端到这台电脑
folder-state-ok = 就绪
folder-state-missing = 找不到（是否拔出了外接硬盘？）
folder-state-error = 无法读取
folder-state-emptied = 已变空，但之前有照片

## 设置

nav-settings = 设置
settings-title = 设置
settings-language = 语言
settings-language-system = 与这台电脑相同（{ $language }）
settings-language-hint = 窗口、托盘和通知会立即切换。
settings-folders = 这台电脑上的文件夹
settings-folders-hint = 每个文件夹都按各自的方式与云端同步。移除文件夹只会停止同步它，其中的照片仍留在原处。
# $path 是该文件夹在这台电脑上的位置。
settings-folder-mode = { $path } 的同步方式
settings-folder-whole-cloud = 整个云端
settings-folder-album = 相册“{ $album }”
settings-folder-paused = 已暂停
settings-folder-pause = 暂停
settings-folder-resume = 继续
settings-folder-remove = 移除
settings-folder-remove-title = 要停止同步 { $path } 吗？
settings-folder-remove-body = 其中的照片和视频会保留在这台电脑和云端。你可以随时重新添加这个文件夹。
settings-sync = 同步
settings-transfers = 同时传输的文件数
settings-upload-limit = 上传速度
settings-download-limit = 下载速度
settings-limit-none = 不限速
# $size 是类似“1 MB”的大小。
settings-limit-rate = 最高 { $size }/秒
settings-deletions = 在一侧删除照片时
settings-deletions-ask = 在另一侧也删除，但一次删除很多时先询问我
settings-deletions-send = 始终在另一侧也删除
settings-deletions-never = 在另一侧保留，直到我确认
settings-deletions-hint = 无论在哪一侧，删除的照片都会先进入回收站，不会立即彻底删除。
settings-app = 这台电脑
settings-start-at-login = 登录电脑时启动 Skyfolio
settings-close-to-tray = 关闭窗口后继续在托盘中同步
settings-notifications = 显示通知
settings-phone = 你的手机
settings-phone-switch = 允许我的手机访问这台电脑
settings-phone-hint = 开启后，同一网络（Wi-Fi）中的手机和其他设备可以在浏览器中打开这台电脑上的 Skyfolio。在家庭网络中，连接未加密：请在家中开启，不要在公共 Wi-Fi 上开启。
settings-phone-qr = 用于手机登录的二维码
settings-phone-address = 手机访问地址
# $time 是代码失效的时间：一天中的时刻（若不是很快就失效，则带日期）。
settings-phone-scan = 用手机相机扫描此二维码，或在手机浏览器中打开该地址。此登录码只能让你的手机登录一次，有效期至 { $time }。
settings-phone-new-code = 新登录码
settings-phone-expired = 此登录码已过期。选择“新登录码”获取一个新的。
settings-phone-no-network = 这台电脑没有连接到手机能访问的网络。请将它连接到你的 Wi-Fi，然后选择“新登录码”。
settings-cache = 缩略图缓存
settings-cache-hint = 为快速显示时间线而保存的小图。清除后，浏览时会重新生成。
settings-cache-size = 在这台电脑上占用 { $size }
settings-cache-clear = 清除
settings-cache-cleared = 缩略图缓存已清除
settings-account = 服务器和账号
settings-account-open = 管理账号

## 同步状态

nav-health = 同步
health-title = 同步状态
health-lead = 哪些内容在等待、哪些无法同步及其原因，以及哪些操作在等你确认。
health-last-success = 上次完成同步
health-never = 从未
health-pending = 等待中
health-nothing-pending = 无
# $count 是同步失败的文件数。
health-failed = { $count ->
   *[other] { $count } 个文件无法同步
}
health-direction-upload = 上传
health-direction-download = 下载
# $direction 是“上传”或“下载”；$reason 说明原因；$next 是下次重试的时间。
health-failed-meta = { $direction } · { $reason } · { $attempts ->
   *[other] 已尝试 { $attempts } 次
}，下次重试：{ $next }
health-retry = 立即重试
health-retried = { $count ->
   *[other] 正在重试 { $count } 个文件
}
health-held-folder-empty = 这个文件夹是空的，但之前有照片。在你答复之前，不会对它做任何操作：从云端取回这些照片，或者也在云端删除它们。
health-held-album-empty = 云端已不再有这个文件夹的任何内容，但之前有。在你答复之前，不会对它做任何操作：把它们送回云端，或者也把这台电脑上的它们移到回收站。
health-held-many = { $count ->
   *[other] 一次有 { $count } 项删除等待你的答复。
}
health-held-always-ask = { $count ->
   *[other] 按照设置，{ $count } 项删除等待你的答复。
}
health-held-to-cloud = 移到云端回收站
health-held-to-trash = 移到这台电脑的回收站
health-held-more = 以及另外 { $count } 项
health-held-delete = 在另一侧也删除
health-held-restore = 取回它们
health-apply-title = { $count ->
   *[other] 要在另一侧也删除 { $count } 张照片吗？
}
health-apply-body = 它们会进入那一侧的回收站，30 天内都可以恢复。
health-rename-twin = 给它一个独立的名称
health-renamed-twin = 已在云端重命名为 { $name }。
health-not-synced = { $count ->
   *[other] { $count } 个文件未纳入同步
}
health-all-good = 一切都已同步。
health-diagnostics = 诊断
health-diagnostics-hint = 一个包含版本、设置、同步状况和近期日志的文件，可以提供给帮助你的人。其中不含照片、密码或令牌。
health-diagnostics-save = 保存诊断信息…
health-diagnostics-dialog = 保存诊断信息
# $path 是文件的保存位置；$size 是文件大小。
health-diagnostics-saved = 已保存到 { $path }（{ $size }）

## 通知

notice-sync-finished-title = 同步完成
notice-sync-finished-body = 已上传 { $uploaded } 个文件，已下载 { $downloaded } 个。
notice-failed-title = { $count ->
   *[other] { $count } 个文件无法同步
}
notice-failed-body = 打开 Skyfolio，在“同步”页面查看原因并重试。
notice-signed-out-title = 同步已停止
notice-signed-out-body = 这台电脑已退出登录。重新登录即可继续同步，你的照片仍在原处。
notice-unlinked-body = 这台电脑已与账号解除关联。重新登录即可继续同步，你的照片仍在原处。
notice-storage-title = 云端存储空间快满了
# $percent 是一个整数。
notice-storage-body = 已使用 { $percent }% 的空间。清空回收站或移除大视频，即可继续备份。
notice-tray-title = Skyfolio 仍在同步
notice-tray-body = 关闭窗口后，Skyfolio 会留在托盘中。你可以从那里打开它或退出。

## 语言，各以其自身语言命名

language-en-us = English
language-zh-cn = 简体中文
language-ru-ru = Русский
language-es-es = Español
language-pt-br = Português (Brasil)
language-hi-in = हिन्दी
language-id-id = Bahasa Indonesia
language-de-de = Deutsch
language-fr-fr = Français
language-ar = العربية

## 托盘

tray-open = 打开 Skyfolio
tray-sync-now = 立即同步
tray-pause = 暂停同步
tray-resume = 继续同步
tray-language = 语言
tray-quit = 退出 Skyfolio
tray-status-paused = 同步已暂停
tray-tooltip = Skyfolio · { $status }

## 对话框

dialog-ok = 确定
dialog-cancel = 取消
dialog-close = 关闭

## 命令行

# `skyfolio` 命令输出的内容。每行都很简短，和其他命令行工具一样；`--` 之后的内容（--all、
# --home DIR）和 `skyfolio …` 需要原样输入，不要翻译。$path 和 $folder 是这台电脑上的位置，
# $reason 说明失败的原因（一条错误消息，括号里是详细信息）。
# $message 是错误消息；$detail 用英文写出文件和原因。
cli-error = skyfolio：{ $message }
cli-error-detail = { $message }（{ $detail }）
cli-no-home = 没有存放图库的位置：请用 --home DIR 指定
cli-no-runtime = Skyfolio 无法启动工作线程
cli-download-what = 请说明要下载什么：--all、--album 名称 或 --id ID
# $language 是用该语言本身写的语言名称，$tag 是它的代码（zh-CN）。
cli-language-chosen = { $language }（{ $tag }），在这里选择（`skyfolio language --system` 可重新跟随这台电脑的语言）
cli-language-system = { $language }（{ $tag }），这台电脑的语言（`skyfolio language TAG` 可选择其他语言）
cli-language-available = 语言：
cli-language-set = 从现在起，Skyfolio 在这里和应用中都使用{ $language }（{ $tag }）
cli-language-set-system = Skyfolio 重新跟随这台电脑的语言：{ $language }（{ $tag }）
# $languages 是代码列表：en-US、zh-CN…
cli-language-unknown = Skyfolio 不支持 { $tag }；请从以下语言中选择：{ $languages }
# 整数部分和小数部分之间的符号（1.5 MB）。
cli-decimal-mark = .
# 列表各部分之间的分隔符（已上传 3，已下载 2）。
cli-list-separator = { "，" }
cli-size-bytes = { $count ->
   *[other] { $count } 字节
}
# $amount 是一个数字，例如 1.5。
cli-size-kb = { $amount } kB
cli-size-mb = { $amount } MB
cli-size-gb = { $amount } GB
cli-size-tb = { $amount } TB
cli-never = 从未
cli-login-password = 密码：
cli-login-password-stdin = 请使用 --password-stdin 通过标准输入提供密码
cli-login-password-unread = 无法读取密码
# $device 是这台电脑在已关联设备中显示的名称。
cli-login-done = 已登录 { $server }，账号为 { $email }（这台电脑名为“{ $device }”；令牌保存在{ $store ->
    [keychain] 系统钥匙串中
   *[file] 一个私有文件中
}）
cli-logout-server-not-told = 无法通知服务器；这台电脑已忘记它的令牌
cli-logout-trashed = { $count ->
   *[other] 已退出登录；{ $count } 个已同步的照片和视频已移到回收站
}
cli-logout-kept = 已退出登录；你的照片仍保留在这台电脑上
# $done 列出一次同步做了什么（下面的消息），或“已是最新”。
cli-sync-folder = { $folder }：{ $done }
cli-sync-uploaded = 已上传 { $count } 个
cli-sync-downloaded = 已下载 { $count } 个
cli-sync-moved = 已移动 { $count } 个
cli-sync-trashed-in-cloud = { $count } 个已移到云端回收站
cli-sync-trashed-here = { $count } 个已移到这台电脑的回收站
cli-sync-conflicts = { $count ->
   *[other] { $count } 个文件保留了两个版本
}
cli-sync-in-step = 已是最新
cli-sync-settling-wait = { $count ->
   *[other] 正在等待 { $count } 个仍在写入的文件…
}
cli-sync-settling = { $count ->
   *[other] { $count } 个文件仍在写入：尚未发送
}
cli-sync-skipped = { $count ->
   *[other] { $count } 个文件在同步时发生了变化：留待下一轮
}
# $problem 用英文说明文件夹未同步的原因（找不到、无法读取）。
cli-sync-folder-problem = 未同步：{ $problem }
cli-sync-waiting = { $count ->
   *[other] { $count } 个传输正在等待重试
}
cli-held-folder-empty = 文件夹是空的，但之前有照片：在你答复之前，不会对它做任何操作
cli-held-album-empty = 云端已不再有这个文件夹的任何内容，但之前有：在你答复之前，不会对它做任何操作
cli-held-many = { $count ->
   *[other] { $count } 个文件将一次被移到回收站：等待你的答复
}
cli-held-always-ask = { $count ->
   *[other] 按照设置，{ $count } 项删除等待你的答复
}
cli-held-to-cloud = { $path } → 云端回收站
cli-held-to-trash = { $path } → 这台电脑的回收站
cli-held-more = 以及另外 { $count } 个
cli-held-answer = 答复方式：`skyfolio sync --delete-held { $fingerprint }`（在另一侧也删除）或 `skyfolio sync --restore-held { $fingerprint }`（取回它们）
cli-held-prompt = 在另一侧也删除 (d)、取回 (r)，还是暂时不处理 (Enter)？{ " " }
cli-failed = 失败：{ $path }：{ $reason }
cli-not-synced = 未同步：{ $path }：{ $reason }
cli-status-signed-in = 已登录 { $server }，账号为 { $email }（“{ $device }”）
cli-status-signed-out = 未登录
cli-status-paused = 同步已暂停（skyfolio resume）
# $other 统计移动、删除和记录；$time 是上次完成同步的时间。
cli-status-summary = 等待中：{ $uploads ->
   *[other] 待上传 { $uploads } 个
}，{ $downloads ->
   *[other] 待下载 { $downloads } 个
}，其他 { $other } 个；失败：{ $failed }；上次完成同步：{ $time }
cli-status-failed = { $direction ->
    [upload] 上传
   *[download] 下载
} { $path }：{ $reason }（{ $attempts ->
   *[other] 已尝试 { $attempts } 次
}）
# $mode 是 two-way、upload-only 或 download-only，与 --mode 后输入的一致；$album 是下面两条消息之一。
cli-folder = { $path }（{ $mode }，{ $album }）
cli-whole-cloud = 整个云端
cli-album = 相册“{ $album }”
cli-folder-removed = 已移除 { $path }（其中的文件保持不变）
cli-paused = 同步已暂停
cli-resumed = 同步已继续
cli-upload-summary = 已上传 { $uploaded } 个，{ $already } 个已在云端，{ $skipped } 个不是照片或视频，{ $failed } 个失败
cli-download-summary = 已下载 { $downloaded } 个，{ $already } 个已存在，{ $failed } 个失败
# $id 是项目的 ID，可用于 `skyfolio trash restore`；$time 是删除时间。
cli-trash-item = { $id }  { $path }  删除于 { $time }
cli-trash-restored = 已恢复 { $path }
cli-trash-emptied = 回收站已清空
# 每个值都是一个大小，例如 1.5 GB。
cli-storage = 已用 { $used }，共 { $quota }：照片 { $photos }，视频 { $videos }，其他 { $other }，回收站 { $trash }
# $seen 和 $synced 是日期和时间，或“从未”。
cli-device = { $id }  { $name }（{ $platform }）  上次在线 { $seen }，上次同步 { $synced }
cli-device-this = { $id }  { $name }（{ $platform }），这台电脑  上次在线 { $seen }，上次同步 { $synced }
cli-device-unlinked = 已解除关联 { $id }
# $state 是上面的文件夹状态之一（就绪、找不到…）。
cli-scan-not-ok = { $folder }：{ $state }；未做任何更改
cli-scan-summary = { $folder }：{ $files ->
   *[other] { $files } 个文件
}，新增 { $added } 个，更改 { $changed } 个，移动 { $moved } 个，删除 { $deleted } 个，未更改 { $unchanged } 个，{ $ignored } 个不是照片或视频，{ $failed } 个失败
cli-scan-busy = 仍在写入，留待下次扫描：{ $path }
cli-scan-no-folders = 图库中还没有文件夹：请用 `skyfolio folder add DIR` 添加
cli-thumbnails-summary = 缩略图：已生成 { $made } 个，{ $without } 个无预览，{ $failed } 个失败
cli-no-thumbnail = 没有缩略图：{ $path }：{ $reason }
cli-watch-ready = 正在监视更改（按 Ctrl+C 停止）
# $reason 用英文说明系统为什么不报告更改。
cli-watch-not-followed = { $folder }：无法即时跟踪更改（{ $reason }）；会定期重新扫描
cli-cache-size = 缩略图占用 { $size }（{ $bytes ->
   *[other] { $bytes } 字节
}）
cli-cache-cleared = 缩略图缓存已清除
# 在图库列表中代替拍摄时间。
cli-no-date = （无日期）
cli-import-not-a-library-folder = { $path } 不是图库文件夹：请用 `skyfolio folder add { $path }` 添加
# $how 是 move（移动）或 copy（复制）。
cli-import-summary = { $how ->
    [move] 已移动
   *[copy] 已复制
} { $imported } 个，{ $duplicates } 个已在图库中，{ $skipped } 个不是照片或视频，{ $failed } 个失败
cli-info-error = 错误：{ $reason }
cli-info-summary = { $files ->
   *[other] { $files } 个文件
}，其中 { $failed } 个无法读取
cli-info-size-unknown = 尺寸未知
# $mime 是类型，例如 image/jpeg；$dimensions 是以像素计的宽×高，或“尺寸未知”；$size 是文件大小；
# $seconds 是视频时长。
cli-info-what = { $kind ->
    [photo] 照片
   *[video] 视频
}（{ $mime }），{ $dimensions }，{ $size }
cli-info-what-timed = { $kind ->
    [photo] 照片
   *[video] 视频
}（{ $mime }），{ $dimensions }，{ $seconds } 秒，{ $size }
# $time 是相机的时钟；$source 是读取时间的来源（exif-original、xmp、quicktime…）。
cli-info-taken = 拍摄于 { $time }（来自 { $source }）
cli-info-no-date = 拍摄时间未知
cli-info-camera = 相机 { $camera }
cli-info-place = 地点 { $latitude }, { $longitude }
# $orientation 是 EXIF 方向，1 到 8；$hash 是内容哈希。
cli-info-orientation = 方向 { $orientation }，哈希 { $hash }
cli-thumbs-size = 尺寸必须是 256 或 1440
cli-thumbs-cannot-create = 无法创建 { $path }
# $skipped 是括号中三个数字之和。
cli-thumbs-summary = 已生成 { $made } 个，跳过 { $skipped } 个（{ $there } 个已生成，{ $unsupported } 个不是照片或视频，{ $without } 个无预览），{ $failed } 个失败
cli-thumbs-no-preview = 无预览：{ $path }：{ $reason }

## 错误，按代码排列

error-io = Skyfolio 无法读取或写入文件。
error-empty-file = 此文件为空。
error-unsupported-format = Skyfolio 无法显示此类文件。
error-too-large = 这张图片太大，无法安全打开。
error-corrupt = 此文件已损坏或不完整。
error-timeout = 生成预览耗时过长。
error-database = 无法读取 Skyfolio 自身的记录。请重新启动 Skyfolio；如果问题再次出现，请检查磁盘。
error-not-a-folder = 这不是文件夹。
error-folder-overlaps = 该文件夹位于某个已同步的文件夹中，或者包含已同步的文件夹。
error-unknown-folder = 该文件夹未设置同步。
error-invalid-setting = 该设置超出了允许的范围。
error-invalid-server = 这不是有效的服务器地址。请按 https://photos.example.org 的格式填写。
error-unreachable = 无法连接到服务器。请检查地址和网络连接；Skyfolio 会自动重试。
error-protocol = 服务器返回了 Skyfolio 无法识别的内容。它是同一版本的 Skyfolio 服务器吗？
error-not-signed-in = 这台电脑尚未登录。
error-credentials = Skyfolio 无法在这台电脑上保存或找到登录信息。
error-hash-mismatch = 收到的文件已损坏，Skyfolio 会重新获取。
error-changed-meanwhile = 文件在发送过程中发生了变化，Skyfolio 会重新发送。
error-invalid-album = 无法使用该相册名称。请使用普通名称，开头和结尾不要带 /。
error-album-taken = 已有另一个文件夹与该相册双向同步。
error-nothing-selected = 云端没有匹配的内容。
error-invalid-name = 云端不接受此文件的名称。
error-name-taken = 此处已有另一个同名文件（仅大小写不同）。
error-invalid-path = 无法使用此名称。
error-online-only = 这台电脑上只有此文件的占位符：其内容在 OneDrive 或 iCloud 云盘等云存储中。Skyfolio 不会自行下载它；请将文件保留在这台电脑上，以便将其纳入。
error-bad-request = Skyfolio 发送的内容被服务器拒绝了。
error-unsupported-media-type = Skyfolio 发送的内容被服务器拒绝了。
error-headers-too-large = Skyfolio 发送的内容被服务器拒绝了。
error-uri-too-long = Skyfolio 发送的内容被服务器拒绝了。
error-unauthorized = 这台电脑已退出登录或已被解除关联。请重新登录以继续同步。
error-invalid-credentials = 电子邮箱或密码错误。
error-too-many-attempts = 尝试次数过多。请稍等片刻再试。
error-forbidden = 只有服务器管理员才能执行此操作。
error-registration-closed = 此服务器不接受没有邀请的新账号注册。请向服务器管理员索取邀请。
error-invalid-invite = 此邀请码无效：可能输入有误、已被使用或已过期。请向服务器管理员索取新的邀请码。
error-email-taken = 此电子邮箱已注册账号。请直接登录。
error-weak-password = 请设置至少 8 个字符的密码。
error-not-found = 该内容已不存在。
error-path-taken = 已有其他项目使用此名称。
error-offset-mismatch = 上传被中断，Skyfolio 会继续上传。
error-checksum-mismatch = 上传的部分数据已损坏，Skyfolio 会重新发送。
error-size-mismatch = 文件在发送过程中发生了变化，Skyfolio 会重新发送。
error-upload-busy = 此文件已在上传中。
error-quota-exceeded = 你的存储空间已满。请清空回收站或释放空间。
error-storage-full = 云端磁盘已满，无法再存储任何内容。没有丢失任何文件：文件会在这里等待，服务器有空间后同步会自动继续。
error-not-ready = 预览仍在生成中。
error-no-preview = 此项目没有预览。
error-range-not-satisfiable = Skyfolio 向服务器请求了服务器上没有的内容。
error-server-busy = 服务器当前繁忙。请稍后再试。
error-internal = Skyfolio 或服务器内部出了问题。请稍后重试。
error-unknown = 出了点问题。
error-held-changed = 等待你答复的内容在显示之后发生了变化。请重新查看，然后再答复。

## 在浏览器中

welcome-browser-title = 登录 Skyfolio
# $host is the server's address, as the browser shows it.
welcome-browser-body = 你在 { $host } 上的照片和视频。登录或创建账户，即可在此浏览器中查看、上传和下载。
welcome-not-encrypted = 此页面未加密（是通过 http:// 而不是 https:// 打开的）。你的密码和照片在网络上传输时他人可以读取。请向服务器管理员索取 https:// 地址。
settings-language-browser = 与此浏览器相同（{ $language }）
settings-language-hint-browser = 页面会立即切换；此浏览器会记住你的选择。
account-browser = 此浏览器
error-desktop-only = 此功能仅在电脑上的 Skyfolio 应用中可用。
gallery-empty-browser = 选择“添加照片”，从此设备上传照片和视频，或将它们拖到此页面。
error-unauthorized-browser = 你已退出登录。请重新登录以查看你的照片。
error-not-signed-in-browser = 你尚未登录。请登录以查看你的照片。
error-unreachable-browser = 无法连接到服务器。请检查网络连接后重试。
error-storage-full-browser = 云端磁盘已满，无法再存储任何内容。请在服务器有空间后重试。
welcome-pair-refused = 来自电脑的登录码已被使用或已过期。请在电脑上生成一个新的：设置 → 允许我的手机访问这台电脑 → 新登录码，然后重新扫描。
welcome-pair-hint = 要登录你电脑上的 Skyfolio？请在电脑上开启“设置 → 允许我的手机访问这台电脑”，然后扫描它显示的二维码。

## Google Takeout import

cli-takeout-source = { $path }：{ $entries } 个文件
cli-takeout-source-unreadable = { $path }：未读取：{ $reason }
cli-takeout-review = { $photos } 张照片和 { $videos } 个视频（{ $motion } 张动态照片），{ $albums } 个相册，{ $size }
cli-takeout-review-details = 由 Google JSON 提供日期：{ $dated }；带地点：{ $places }；收藏：{ $favorites }；已归档：{ $archived }；在 Google 回收站：{ $trashed }；没有 JSON：{ $without }
cli-takeout-skipped = 未导入：{ $count } × { $what }（{ $reason }）
cli-takeout-dry-run = 未发送任何内容（--dry-run）
cli-takeout-summary = 已导入 { $imported } 个，已存在 { $already } 个，之前的导入已完成 { $earlier } 个，失败 { $failed } 个；{ $orphans } 个 Google JSON 文件没有对应照片，忽略 { $ignored } 个文件，拒绝 { $refused } 个
cli-takeout-marks = 收藏（{ $favorites }）和已归档项目（{ $archived }）作为普通照片导入：云端还没有这些标记；Google 回收站中的项目（{ $trashed }）已放入回收站
cli-takeout-report = 报告已写入 { $path }
cli-takeout-time-zone = { $zone } 不是这台电脑知道的时区（Asia/Shanghai、UTC…）
error-bad-zip = 这不是 zip 压缩包，或已损坏（下载没有完成？）。请重新下载这一部分。
error-not-a-file = 这不是文件（是文件夹或链接）：保留在原处。
error-damaged-json = 这张照片的 Google JSON 文件已损坏：不使用其中的日期和地点。
error-not-an-object = 这张照片的 Google JSON 文件不是 Google 相册写出的格式：不使用其中的日期和地点。
error-zip-bomb = 这个 zip 条目声称的字节数远超一张照片：未读取。
error-scratch-full = 这台电脑上没有足够的空闲空间从 zip 中读出这个文件。
error-part-missing = 给出的 Takeout 部分中没有这个文件。请加上缺少的部分后重新导入。

## 手机和相机存储卡

cli-device-found = { $name }（{ $path }）
cli-device-none = 没有连接带 DCIM 文件夹的手机或存储卡：请指定其文件夹。
cli-device-several = 连接了多部手机或存储卡：请指定其中一个的文件夹：
cli-device-summary = 已备份 { $imported } 个，{ $already } 个已在云端或本机，{ $skipped } 个不是照片或视频，{ $failed } 个失败
cli-free-device-plan = { $files } 个文件（{ $size }）已安全存于云端，可以移除：加 --yes 再运行一次即可移除
cli-free-device-done = 已移除 { $files } 个文件（释放 { $size }）；保留 { $kept } 个
error-not-confirmed = 云端没有这个文件的内容：它会保留。

## 应用中的手机、相机存储卡和 Google Takeout

card-found = 已连接 { $name }：要备份其中的照片和视频吗？
card-backing-up = 正在备份 { $name }…
card-backed-up = { $name } 已备份。
card-back-up = 备份这部手机或存储卡
card-free-space = 释放空间
card-not-now = 暂不
card-nothing-to-free = { $name } 上还没有已在云端的内容。
card-free-title = 释放 { $name } 上的空间？
card-free-body = { $count } 个文件（{ $size }）已安全存于云端。它们将从存储卡中移除，云端会保留。
card-free-confirm = 移除 { $count } 个文件
card-freed = 已移除 { $count } 个文件，释放 { $size }；保留 { $kept } 个。
add-takeout = 从 Google 相册导入
takeout-dialog = 选择你的 Google Takeout 的 zip 文件
takeout-review-title = 从 Google 相册导入？
takeout-review-items = { $albums } 个相册中的 { $photos } 张照片和 { $videos } 个视频，共 { $size }。
takeout-review-details = 由 Google 提供日期：{ $dated }。带地点：{ $places }。收藏：{ $favorites }。来自 Google 回收站（将进入回收站）：{ $trashed }。
takeout-review-earlier = 有 { $count } 项之前已导入，将跳过。
takeout-review-unreadable = 无法读取 { $path }：{ $reason }
takeout-import = 导入
takeout-report-at = 每一项的报告将保存到 { $path }
import-finished = 云端已有 { $count } 项（其中 { $already } 项原本就在）。
transfer-import-running = 正在导入 { $done }/{ $total }
transfer-import-paused = 导入已暂停，{ $done }/{ $total }
transfer-import-done = 已导入 { $done }/{ $total }
transfer-import-cancelled = 导入已取消
transfer-import-failed = 导入完成，但有问题
error-not-a-backup-folder = 只能在备份（仅上传）文件夹中释放空间：在这个文件夹中移除照片会把它也从云端移除，或者它会回来。

health-imports = 从 Google 相册导入
health-import = 导入于 { $when }
takeout-show-report = 查看报告
takeout-report-title = 从 Google 相册导入了什么
takeout-report-saved = 完整报告已保存为表格：{ $path }
takeout-report-marks = 收藏：{ $favorites }。已归档：{ $archived }。来自 Google 回收站、现在在回收站中：{ $trashed }。
takeout-report-empty = 这里什么也没有。
takeout-report-more = 再显示 { $count } 项
takeout-group-failed = 失败
takeout-group-not-imported = Takeout 中缺少照片
takeout-group-imported = 已导入
takeout-group-already = 已经有了
takeout-group-skipped = 不是照片
takeout-group-all = 全部
takeout-column-name = 名称
takeout-column-outcome = 结果
takeout-column-where = 位置
takeout-column-why = 原因
takeout-earlier = 由之前的导入完成
takeout-outcome-imported = 已导入
takeout-outcome-already-present = 已经有了
takeout-outcome-failed = 失败
takeout-outcome-not-imported = 未导入
takeout-outcome-ignored = 已跳过
takeout-outcome-refused = 已拒绝
takeout-outcome-problem = 提示
takeout-reason-no-media = Google 的 JSON 在，照片却不在：是否缺少 Takeout 的某个部分？
takeout-reason-ambiguous = 有多张照片同样匹配这个 JSON；没有分给任何一张。
takeout-reason-not-media = 不是照片或视频。
takeout-reason-system-file = 电脑或压缩程序留下的文件。
takeout-reason-not-a-sidecar = 与照片无关的 Google 数据。
takeout-reason-extra-album-metadata = 同一文件夹中的第二个相册说明。
takeout-reason-unused-album-metadata = 没有照片的文件夹中的相册说明。
takeout-reason-empty = 该条目没有名称。
takeout-reason-not-utf8 = 该条目的名称不是可读文本。
takeout-reason-too-long = 该条目的名称太长。
takeout-reason-absolute = 该条目的名称指向 Takeout 之外。
takeout-reason-dot-segment = 该条目的名称指向 Takeout 之外。
takeout-reason-empty-segment = 该条目的名称中有空文件夹。
takeout-reason-backslash = 该条目的名称中有反斜杠。
takeout-reason-control-character = 该条目的名称中有控制字符。
takeout-reason-damaged-json = 它的 Google JSON 已损坏：不使用其中的日期和地点。
takeout-reason-json-not-read = 无法读取它的 Google JSON。
takeout-reason-conflicting-copies = 各部分在此名称下有不同的文件：两个都保留。

settings-folder-free = 释放空间
free-title = 释放 { $path } 中的空间
free-lead = 这个备份文件夹中已安全存入云端的照片和视频可以离开这台电脑（通过回收站）。它们仍在时间线中，打开时再下载。
free-age = 哪些
free-age-any = 不限时间
free-age-months = { $months } 个月未更改
free-size = 大小
free-size-any = 不限大小
free-size-over = 大于 { $size }
free-counting = 正在询问云端…
free-found = { $count } 个文件（{ $size }）已安全存入云端。
free-nothing = 暂无符合条件的文件：无需移除。
free-confirm-none = 无需移除

update-available = Skyfolio { $version } 已可安装。
update-install = 安装并重启
update-later = 稍后
update-installing = 正在安装 Skyfolio { $version }… 完成后 Skyfolio 会重启。
error-no-update = 没有找到可安装的新版本。
error-update-failed = 无法安装更新；当前版本继续运行。
health-keep-here = 下载并纳入
health-kept-here = 正在把 { $name } 下载到这台电脑；随后同步会纳入它。
