# Translation status: draft (written by the MSQ team for UN translators to review; see docs/i18n.md).
# 用户界面（简体中文），译自 en.ftl（各译本均以英文原文为准）。
# 消息 ID 格式为 `section-key`；`{ $name }` 是由程序填入的值。
# 中文只有一个 CLDR 复数类别（other）：`{ $n -> *[other] ... }`，或直接写出含变量的句子。

## site

site-name = 联合国电子政务调查
site-service = 会员国问卷
site-skip = 跳至主要内容
site-languages = 语言
site-footer = 联合国经济和社会事务部（经社部）公共机构和数字政府司。

## choose

choose-title = 选择您的会员国
choose-lead = 答案将作为您所在会员国的草稿保存。您可以随时从任何计算机返回继续填写。
choose-label = 会员国
choose-hint = 按英文字母顺序排列。
choose-placeholder = 选择会员国
choose-edition = 版次
choose-continue = 继续
choose-required = 请选择您的会员国
choose-your_name = 您的姓名
choose-your_name_hint = 您的同事会在您修改过的答案旁看到此姓名。

## home

home-earlier_title = 以往版次
home-earlier_status = 您的答复：{ $status }。
home-earlier_pdf = 已签名的PDF文件
home-title = { $country }：{ $edition }
home-progress = 您已回答{ $total }个问题中的{ $answered }个。
home-sections_done = 已完成{ $total }个部分中的{ $done }个。
home-tasks = 各部分
home-status_not_started = 未开始
home-status_in_progress = 进行中
home-status_completed = 已完成
home-status_problems = 存在问题
home-status_to_confirm = 待确认
home-check = 检查您的答案
home-intro_title = 导言和授权
home-download_json = 将草稿下载为答复文件（JSON）
home-download_json_locked = 将答案下载为答复文件（JSON）
home-change_country = 选择其他会员国

## section

section-too_many_rows = 问题{ $question }最多可填{ $max }行，而本表单提交了{ $posted }行。本页内容均未保存：请返回，删除不需要的行，然后重新保存。
section-too_long = 问题{ $question }的一个答案有{ $chars }个字符，最多只能容纳{ $max }个字符。本页内容均未保存：请返回，缩短该答案，然后重新保存。
section-too_many_choices = 问题{ $question }收到了{ $posted }个勾选项，超过了该问题的选项总数。本页内容均未保存：请重新加载页面，然后重新保存。
section-recent = 过去两天内修改过本页的人员：
section-recent_item = { $who }（{ $when }）
section-save_continue = 保存并继续
section-save = 保存草稿
section-back_home = 返回各部分
section-saved = 您的答案已保存。
section-saved_with_problems = 您的答案已保存。其中一些答案需要更正后才能提交：请参阅上方列表。
section-notes = 注
section-footnote_ref = 注{ $id }
section-unsaved_hint = 选择“保存草稿”或“保存并继续”后，您的答案才会保存。
section-autosaving = 正在保存……
section-autosaved = 已于{ $time }保存
section-autosave_failed = 尚未保存：连接失败。您输入的内容保留在本页和本浏览器中，连接恢复后将立即发送。
section-autosave_conflict = { $who }于{ $at }为此问题保存了另一个答案：“{ $theirs }”。您的答案仍保留在此处：请选择“保存草稿”，以便查看两个答案并作出选择。
section-autosave_conflict_status = 未保存：在此期间有其他人修改了本页的一个答案。请参阅该答案旁边的消息。
section-kept_offer = 本浏览器保留了您于{ $at }对本页所作但未送达服务器的修改。
section-kept_restore = 恢复这些修改并保存
section-kept_discard = 放弃这些修改
section-not_asked = 仅当您对{ $question }的回答为“{ $value }”时，才需回答此问题。
section-unsent = 您对{ $question }的回答不是“{ $value }”，因此此答案将不会发送：请更改该回答，或清除此答案。
section-page_of = 第{ $n }页，共{ $total }页
section-previous = 上一页

## field

field-yes = 是
field-no = 否
field-add_url = 再添加一个网址
field-add_for = 用于{ $what }
field-date_day = 日
field-date_month = 月
field-date_year = 年
field-date_hint = 例如：31 3 2020（按日、月、年顺序填写；月份也可用英文单词书写，如March）。
field-add_row = 再添加一项
field-remove = 删除
field-remove_row = 删除{ $what }{ $n }
field-url = 网址{ $n }
field-url_word = 网址
field-row = 条目{ $n }
field-none = 无：不存在此类门户网站
field-other_text = 请具体说明
field-percent = 百分比
field-percent_number = 百分比（数字）
field-percent_suffix = %
field-percent_hint = 0至100之间的数字；可使用小数，例如42.5
field-number_hint = 请用阿拉伯数字填写，如5000或12.5。
field-number_whole_hint = 请用阿拉伯数字填写整数，如5000。
field-number_range = { $min }至{ $max }。
field-number_min = 不小于{ $min }。
field-number_max = 不大于{ $max }。
field-number_unit = 单位：{ $unit }。
field-not_available = 无法提供
field-reason = 为何无法提供？
field-note = 来源和年份（可选）
field-word_limit = 最多使用{ $limit }个词。
field-word_count = 已用{ $count }个词，上限{ $limit }个
field-words_over = 您超出了{ $over }个词
field-not_answered = 未回答
field-none_answer = 无
field-unticked = 未选择

## errors

errors-unknown_language = “{ $code }”不是本服务使用的语言。可用语言：{ $codes }。
errors-summary_title = 出现问题
errors-error_prefix = 错误：
errors-conflict_title = 在您编辑期间，其他人修改了此答案
errors-conflict_body = { $who }于{ $time }保存了该答案。您的答案保留在下方，尚未保存。如要保留您的答案，请再次选择“保存”；如要保留对方的答案，请将您的答案改为与其一致。
errors-conflict_theirs = 对方的答案：
errors-conflict_cleared = 对方清除了此答案。
errors-not_found_title = 未找到页面
errors-not_found_body = 如果网址是您手动输入的，请检查是否正确。
errors-unknown_country = “{ $code }”不是联合国会员国的代码。
errors-unknown_edition = 不存在问卷版次“{ $edition }”。
errors-unknown_page = 本问卷没有“{ $page }”部分。
errors-bad_request_title = 请求中有内容不正确
errors-server_title = 抱歉，服务出现问题
errors-server_body = 您已保存的答案是安全的。请稍后再试。
errors-corrupt_body = 无法读取已存储的数据，为避免显示错误内容，本页不予显示：{ $what }。未作任何更改。请告知经社部（该问题已记录在服务器日志中）。
errors-back = 返回起始页
errors-conflict_page_title = 目前无法执行此操作
errors-question_ref = 问题{ $n }
errors-sign_in_title = 请登录以继续
errors-sign_in_body = 本页面仅供已登录用户使用。请使用您的电子邮件地址和密码登录。
errors-forbidden_title = 您无法打开本页面
errors-forbidden_body = 您的账户无权访问本页面。如果您认为应当有权访问，请询问经社部。
errors-too_many_title = 尝试次数过多
errors-busy_title = 服务繁忙
errors-busy_body = 此刻有许多人正在登录。请等待几秒钟，然后重新发送表单；您在其他地方输入的内容不会丢失。
errors-cross_site_title = 此表单来自其他网站
errors-cross_site_body = 为了您的安全，本系统只接受来自本网站自身页面的表单。请返回该页面，重新加载，然后重新发送表单。
errors-body_too_large = 本页内容过大，无法保存（超过2 MB）。本页内容均未保存：请返回，缩短最长的答案或删除一些行，然后重新保存。
errors-body_incomplete = 页面未完整送达（连接可能已中断）。本页内容均未保存：请返回并重新保存。
errors-query_unreadable = 此网址中有一部分内容页面无法读取。请检查网址，或返回并使用页面自身的链接和按钮。
errors-form_unreadable = 无法读取表单。请返回该页面，重新加载，然后重新发送表单；如果再次出现此情况，请告知经社部。

## validation

validation-required = 请回答此问题
validation-required_part = 请输入{ $part }
validation-invalid_url = 请输入以https://或http://开头的完整网址，例如https://www.example.gov
validation-invalid_email = 请按正确格式输入电子邮件地址，例如name@example.gov
validation-invalid_phone = 请按国际格式输入电话号码，以+和国家代码开头，例如+41 22 917 1234
validation-invalid_date = 请输入真实存在的日期：日、月和四位数年份，例如31 3 2020
validation-not_a_number = 请以数字形式输入百分比，例如42.5
validation-percent_range = 请输入0至100之间的百分比
validation-invalid_number = 请用阿拉伯数字输入数值，例如5000或12.5（不要使用“大约”等文字）
validation-not_whole_number = 请输入整数，例如5000
validation-number_below = 请输入不小于{ $min }的数字
validation-number_above = 请输入不大于{ $max }的数字
validation-too_many_words = 您超出了{ $over }个词
validation-reason_required = 请说明无法提供该数字的原因
validation-name_required = 请输入与此网址对应的名称
validation-other_required = 请说明“其他”具体指什么
validation-unknown_value = “{ $value }”不是可选项之一
validation-carried_unconfirmed = 请确认或更改沿用自{ $edition }版的答案

## carry

carry-tag_unconfirmed = 来自{ $edition }版：请确认或更改
carry-tag_confirmed = 来自{ $edition }版，已确认无变化
carry-tag_changed = 自{ $edition }版以来已更改
carry-reworded = 自{ $edition }版以来，该问题已有改动：请检查答案是否仍然适用。
carry-confirm = 确认此答案
carry-confirm_hidden = 沿用自{ $edition }版，针对{ $what }
carry-confirm_page = 确认本页所有沿用自{ $edition }版的答案
carry-page_lead =
    { $count ->
       *[other] 本页有{ $count }个答案沿用自{ $edition }版。请确认每个仍然适用的答案，或对其进行更改；在每个答案均已确认或更改之前，您无法提交。
    }
carry-confirmed = 已确认：答案保持{ $edition }版中的原样。
carry-offer_title = 以您在{ $edition }版中的答案为起点
carry-offer_lead =
    { $count ->
       *[other] 您在{ $edition }版中的答复（版本{ $version }，提交于{ $at }）回答了本次再次提出的{ $count }个问题。请将这些答案复制到本问卷中，然后在提交前逐一确认或更改。您在此处已输入的答案将予以保留。答复日期和发布授权不会被复制：请重新填写。
    }
carry-offer_button = 复制我在{ $edition }版中的答案
carry-done =
    { $count ->
       *[other] 已从{ $edition }版复制{ $count }个答案。每个答案均标有“来自{ $edition }版：请确认或更改”。
    }
carry-done_dropped =
    { $count ->
       *[other] { $edition }版中有{ $count }个答案未被复制：答复日期和发布授权须在每个版次中重新填写；对不再提出的问题的答案（或已不再适用于该问题的答案）则保留在{ $edition }版中。
    }
carry-done_kept =
    { $count ->
       *[other] 您此前已回答的{ $count }个问题保持您所输入的内容不变。
    }
carry-to_confirm =
    { $count ->
       *[other] 尚有{ $count }个沿用自{ $edition }版的答案需要确认或更改。
    }
carry-nothing = { $country }没有对上一版次提交过可作为起点的答复。
carry-already = { $edition }版的答案已复制到本问卷中。
carry-locked = 答复状态：{ $status }。未复制任何内容。
carry-column_note = carried：答案是否沿用自上一版次，以及随后是确认无变化还是已更改（为空：在本版次中作答）。

## check

check-unsent_title = 不会发送的答案（{ $count }）
check-to_confirm =
    { $count ->
       *[other] 尚有{ $count }个沿用自上一版次的答案需要确认或更改。
    }
check-title = 检查您的答案
check-lead = 请在提交前审查每个答案。选择“更改”即可编辑答案。
check-change = 更改
check-change_hidden = 对{ $what }的答案
check-problems =
    { $count ->
       *[other] 有{ $count }个答案需要更正。
    }
check-missing =
    { $count ->
       *[other] 缺少{ $count }个必答答案。
    }
check-ready = 所有必答问题均已作答。
check-cannot_submit = 您目前还不能提交
check-submit_title = 提交您的答复
check-submit_lead = 提交后，这些答案将被固定为一个带编号的版本，由经社部接收。随后答复将被锁定：在经社部审核期间，任何人都无法更改。如果经社部将答复退回修改，您可以更改答案并重新提交，形成一个新版本。
check-locked_submitted = 这些答案已提交，正由经社部审核，因此无法在此更改（没有“更改”链接）。如果经社部将答复退回修改，您可以再次更改。
check-locked_accepted = 经社部已接受此答复，因此其答案无法更改（没有“更改”链接）。
check-locked_closed = { $edition }版问卷已关闭，因此其答案无法更改（没有“更改”链接）。
check-read_only = 您可以阅读这些答案；只有该会员国的答卷人才能更改。
check-submit = 提交答复

## import

import-unknown_field = 未知的问题编号“{ $id }”
import-bad_shape = { $id }：{ $message }

## version

version-undescribed_title = 本版次未描述的已存储答案
version-undescribed_body = 这些答案与此版本一同存储，但本版次的问题已不再描述这些答案（相关问题此后已被删除或更改）。这些答案按存储时的原样显示和导出。
version-title = 版本{ $version }
version-submitted_title = 答复已提交
version-submitted_body = { $country }答复的版本{ $version }已提交。
version-edition = 版次
version-member_state = 会员国
version-version = 版本
version-submitted_at = 提交时间
version-submitted_by = 提交人
version-sha256 = 答案的SHA-256值
version-download_json = 下载此版本的答案（JSON）
version-versions = 已提交的版本
version-draft_after = 版本{ $version }之后所作的更改尚未提交。
version-latest = 版本{ $version }，提交于{ $at }
version-unknown = 此答复没有版本{ $version }。
version-unchanged = 自版本{ $version }以来没有任何更改：该版本保持提交时的状态。
version-concurrent = 有其他人在同一时刻提交了此答复。请查看最新版本，如有需要再重新提交。

## pdf

pdf-header = { $country } · 会员国问卷{ $edition }版 · 版本{ $version }
pdf-page_of = 第{ $page }页，共{ $pages }页
pdf-unanswered = 未回答
pdf-not_asked = 未提问（由另一答案决定）
pdf-not_submitted = 未提交（草稿）
pdf-draft = 草稿，未提交
pdf-signature_title = 电子签名
pdf-signed_by = 签名人
pdf-signed_at = 签名时间
pdf-download = 下载已签名的PDF文件

## verify

verify-checked = 已检查：{ $name }（{ $bytes }字节）。
verify-unnamed = 无名称的文件
verify-file_sha256 = 文件的SHA-256值：
verify-title = 检查提交的PDF文件
verify-lead = 上传会员国问卷提交的PDF文件，以了解该文件是否真实、未经修改，以及对应哪一次提交。文件经检查后即被丢弃。
verify-label = PDF文件
verify-hint = 从本系统下载的已签名PDF文件，最大20 MB。
verify-button = 检查PDF文件
verify-time_stamp = 已加盖时间戳
verify-authentic_title = 真实且未经修改
verify-authentic_body = 这是{ $country }答复版本{ $version }的已签名PDF文件，与本系统签发时完全一致。
verify-not_archived_title = 由本系统签名，但并非本系统签发的提交文件
verify-not_archived_body = { $signer }的签名有效，且文件自签名以来未被更改，但该文件不是本系统签发的提交PDF文件之一（例如，在命令行中根据答复文件生成的PDF文件）。
verify-other_signer_title = 并非由本系统签名
verify-other_signer_body = 该文件带有{ $signer }的有效签名，但该签名所用的并非本系统的证书。
verify-invalid_title = 不是真实的提交文件
verify-no_file = 请选择要检查的PDF文件。
verify-too_large = 文件大于20 MB：该文件不是提交的PDF文件。
verify-unreadable_upload = 无法读取上传的内容。请重新选择PDF文件并再次发送。

## account

account-forgot = 忘记密码？
account-reset_title = 设置新密码
account-reset_lead = 请输入您账户的电子邮件地址。我们将发送一个链接（有效期{ $hours }小时，仅可使用一次），供您设置新密码。
account-reset_button = 发送链接
account-reset_sent = 如果存在使用此地址的账户，设置新密码的链接正在发送中。请查看您的电子邮件。
account-reset_subject = 为会员国问卷设置新密码
account-reset_body =
    有人（希望是您本人）请求为您的联合国电子政务调查会员国问卷账户设置新密码。
    {""}
    请在此设置新密码（链接仅可使用一次，有效期{ $hours }小时）：
    { $link }
    {""}
    如果您并未提出此请求，请忽略本邮件：您的密码将保持不变。
account-invitation_subject = 邀请您使用会员国问卷
account-invitation_body =
    { $name }，您好：
    {""}
    { $by }邀请您以{ $role }{ $country }的身份使用联合国电子政务调查会员国问卷。
    {""}
    请在此设置您的密码（链接仅可使用一次，有效期14天）：
    { $link }
    {""}
account-sign_in_title = 登录
account-sign_in_lead = 请使用接收邀请的电子邮件地址登录。
account-email = 电子邮件地址
account-password = 密码
account-sign_in_button = 登录
account-sign_in_failed = 电子邮件地址或密码不正确。
account-rate_limited_account = 此账户登录失败次数过多。请等待15分钟后再试，或申请重置密码。
account-rate_limited_address = 来自您所在网络的登录失败次数过多。请等待15分钟后再试。
account-rate_limited_reset = 来自您所在网络的密码重置请求过多。请等待15分钟后再试。
account-bad_email = 请按邀请中显示的形式输入您的电子邮件地址，例如name@ministry.gov。
account-sign_out = 退出登录
account-signed_out = 您已退出登录。
account-link_title = 设置您的密码
account-link_lead = 您的账户：{ $email }。请设置一个至少{ $min }个字符的密码；较长的短语更容易记住，也更难被猜中。
account-new_password = 新密码
account-confirm_password = 再次输入相同的密码
account-save_password = 保存密码并登录
account-link_invalid_title = 此链接无法使用
account-link_invalid_body = 此链接无法识别、已被使用或已被较新的链接取代，或已过期（邀请链接有效期14天，密码重置链接有效期{ $hours }小时）。请向经社部或您的管理员索取新链接，或重新申请重置密码。
account-password_too_short = 请至少使用{ $min }个字符。
account-password_too_long = 请最多使用{ $max }个字符。
account-password_mismatch = 两次输入的密码不一致。

## audit

audit-staff_title = 经社部账户审计记录
audit-staff_lead = 未关联会员国的账户的登录、邀请和账户变更记录，最新的在前（本页显示{ $total }条中的{ $shown }条；CSV文件包含全部记录）。各会员国的审计记录位于其各自的页面上。
audit-account_disabled = 账户已停用
audit-account_enabled = 账户已启用
audit-invitation = 已邀请
audit-invitation_resent = 已重新发送邀请
audit-role_changed = 角色已更改
audit-two_factor_reset = 第二因素已由管理员重置
audit-two_factor_reenrolled = 第二因素已重新设置
audit-recovery_codes_renewed = 已生成新的恢复码
audit-api_token_renewed = API令牌已续期
audit-two_factor_on = 已开启双因素登录
audit-reset_requested = 已申请重置密码
audit-reset_refused = 密码重置请求被拒绝（次数过多）
audit-newer = 较新的记录
audit-older = 较早的记录
audit-pages = 审计记录分页
audit-bad_page = 页码必须是从1开始的整数。
audit-title = 审计记录
audit-lead = 该会员国的每一次答案更改、登录、提交和下载，最新的在前（本页显示{ $total }条中的{ $shown }条；CSV文件包含全部记录）。
audit-download = 下载审计记录（CSV）
audit-caption = 审计记录，最新的在前
audit-at = 时间（UTC）
audit-who = 人员
audit-what = 事件
audit-question = 问题
audit-old = 原值
audit-new = 新值
audit-detail = 详情
audit-answer_changed = 答案已更改
audit-sign_in = 已登录
audit-sign_in_failed = 登录失败
audit-sign_out = 已退出登录
audit-password_set = 已设置密码
audit-account_created = 已创建账户
audit-submission = 已提交
audit-download_event = 已下载
audit-reviewer_assigned = 已指派审核人
audit-reviewer_unassigned = 已撤销审核人指派
audit-query_raised = 已提出问询
audit-query_reply = 回复问询
audit-query_resolved = 问询已解决
audit-returned = 已退回修改
audit-accepted = 已接受
audit-reopened = 接受后重新开放
audit-export = 已导出数据
audit-api_token_created = 已创建API令牌
audit-api_token_revoked = 已撤销API令牌
audit-edition_opened = 版次已开放
audit-edition_closed = 版次已关闭
audit-edition_drafted = 版次已恢复为草稿

## two_factor

two_factor-required_title = 请先设置双因素登录
two_factor-required_body = 经社部账户须使用密码和身份验证器应用生成的验证码登录。请立即设置，以便继续。
two_factor-setup_title = 设置双因素登录
two_factor-setup_lead = 输入密码后，您还需要输入手机上身份验证器应用（例如FreeOTP、Google Authenticator或Microsoft Authenticator）生成的六位数验证码。
two_factor-step_app = 打开身份验证器应用，选择添加账户。
two_factor-step_secret = 用该应用扫描此二维码，或输入密钥（空格不影响），或在手机上打开以下链接：
two_factor-qr_label = 您的密钥的二维码，供身份验证器应用使用
two_factor-open_app = 在身份验证器应用中打开
two_factor-step_code = 输入该应用当前显示的六位数验证码。
two_factor-code = 六位数验证码
two_factor-code_hint = 来自您的身份验证器应用，也可使用您的一个恢复码。
two_factor-turn_on = 开启双因素登录
two_factor-wrong_code = 验证码不正确。请输入应用当前显示的验证码（验证码每30秒更换一次）。
two_factor-on_title = 双因素登录已开启
two_factor-on_body = 您需使用密码和身份验证器应用生成的验证码登录。
two_factor-recovery_title = 您的恢复码
two_factor-recovery_lead = 如果您丢失了手机，以下每个恢复码均可代替应用验证码登录一次。请妥善保管（打印出来，或存储在密码管理器中）：这些恢复码仅显示这一次。
two_factor-continue = 继续
two_factor-code_title = 输入验证码
two_factor-code_lead = 请输入身份验证器应用生成的六位数验证码，或您的一个恢复码。
two_factor-expired = 登录耗时过长。请重新使用密码登录。
two_factor-manage_title = 及时更新您的第二因素
two_factor-codes_title = 新的恢复码
two_factor-codes_lead = 已用掉部分恢复码，或恢复码已丢失？请生成十个新的恢复码：原有的恢复码将随即失效。
two_factor-codes_button = 生成新的恢复码
two_factor-codes_done_title = 您的新恢复码
two_factor-renew_title = 新手机或新的身份验证器应用
two_factor-renew_lead = 在新设备上重新设置双因素登录：您当前的应用和恢复码将失效，您需立即扫描新的密钥。
two_factor-renew_button = 设置新的身份验证器应用
two_factor-confirm_code = 为确认是您本人，请输入当前身份验证器应用生成的验证码，或您的一个恢复码。

## admin

admin-editions_title = 版次
admin-editions_lead = 草稿版次仅经社部可见（打开其任一页面即可预览）。开放版次是各国在其开放首日至末日期间作答的版次；已关闭的版次对各国为只读，但审核、导出和PDF文件仍可继续进行。每项更改均记录在经社部的审计记录中。
admin-editions_caption = 问卷各版次及其状态
admin-edition = 版次
admin-edition_title = 标题
admin-edition_from = 开放首日
admin-edition_until = 开放末日
admin-edition_open = 开放{ $edition }版
admin-edition_close = 关闭{ $edition }版
admin-edition_opened = { $edition }版已开放。
admin-edition_closed = { $edition }版已关闭。
admin-edition_bad_day = “{ $value }”不是日期：请使用日期选择器，或按2026-01-15的格式填写。
admin-state_draft = 草稿
admin-preview = 预览{ $edition }版
admin-preview_country = 以会员国身份（代码）
admin-sample_pdf = 未作答答复的PDF文件
admin-state_open = 开放
admin-state_closed = 已关闭
admin-users_title = 账户
admin-users_lead = 所有可以登录的人员。已停用的账户无法登录，其会话将立即结束。
admin-users_caption = 账户
admin-two_factor = 双因素
admin-status = 状态
admin-action = 操作
admin-active = 已启用
admin-disabled = 已停用
admin-disable = 停用{ $email }
admin-enable = 启用{ $email }
admin-not_yourself = 您不能停用自己的账户。
admin-role_of = { $email }的角色
admin-of = （{ $email }）
admin-change_role = 更改角色
admin-reset_two_factor = 重置第二因素
admin-role_changed = { $email }的角色现为：{ $role }。其已打开的页面将在下次点击时更新。
admin-role_same = { $email }已经是该角色。
admin-role_other_side = 会员国账户不能变为经社部账户，反之亦然：请以所需角色重新邀请此人（其答案和审计记录仍保留在原账户中）。
admin-role_yourself = 您不能更改自己的角色：请联系另一名管理员。
admin-two_factor_reset_done = { $email }的第二因素已重置：此人须在下次登录时重新设置（其会话已结束）。
admin-no_second_factor = { $email }没有可重置的第二因素。
admin-audit_link = 经社部账户审计记录
admin-nav = 账户
admin-invite_title = 邀请人员
admin-invite_lead = 被邀请人将收到一封电子邮件，其中附有一个链接（有效期14天，仅可使用一次），供其设置密码。
admin-name = 姓名
admin-role = 角色
admin-not_assigned = 您只能为指派给您的会员国（{ $assigned }）邀请人员。如需为其他会员国邀请人员，请联系管理员。
admin-none_assigned = 无
admin-country = 会员国
admin-country_hint = 适用于答卷人和联络人。
admin-no_country = 无（经社部角色）
admin-invite_button = 发送邀请
admin-invited_title = 邀请已发送
admin-invited_body = 已邀请{ $email }。
admin-role_respondent = 答卷人（会员国团队成员）
admin-role_focal_point = 联络人（阅读会员国的答复）
admin-role_reviewer = 经社部审核人
admin-role_admin = 管理员
admin-outbox_title = 发件箱
admin-outbox_lead = 本系统生成的所有电子邮件，最新的在前。一次性链接（邀请、密码重置）在此处已被删除：这些链接仅存在于送达收件人的邮件中（通过邮件服务器发送；如无邮件服务器，则作为文件保存在服务器的邮件文件夹中）。
admin-mail_meta = 收件人：{ $to }，{ $at }

## cycle

cycle-not_started = 未开始
cycle-in_progress = 进行中
cycle-submitted = 已提交
cycle-returned = 已退回修改
cycle-resubmitted = 已重新提交
cycle-accepted = 已接受
cycle-status_draft = 草稿
cycle-status_submitted = 已提交审核
cycle-status_returned = 已退回修改
cycle-status_accepted = 已接受
cycle-locked_submitted = 您的答复已提交，正由经社部审核。如果答复被退回修改，您可以再次更改。
cycle-locked_accepted = 经社部已接受您的答复。答复已无法更改。
cycle-edition_closed = { $edition }版问卷已关闭：其答案已无法更改。
cycle-edition_closed_banner = { $edition }版问卷已关闭。您可以阅读您的答案、各版本和PDF文件，但已无法更改。
cycle-returned_banner = 经社部已将您的答复退回修改。请作必要修改，回复问询，然后重新提交。
cycle-not_saved_locked = 您的更改未保存：{ $reason }下方显示了这些更改，以便您复制。

## review

review-diff_between = { $from }与{ $to }对比
review-edition_version = { $edition }版，版本{ $version }
review-compare_with_edition = 与{ $edition }版的最后一个版本比较
review-not_asked_in = { $edition }版中未提出
review-no_earlier_version = { $country }未提交{ $edition }版的任何版本。
review-bad_earlier_edition = “{ $edition }”不是本问卷的较早版次。
review-dashboard_title = 会员国答复审核
review-dashboard_link = 审核仪表板
review-api_hint = 分析工具可通过只读API读取相同数据：
review-counts_label = 按状态分列的会员国
review-chart_title = 按联合国区域分列的会员国进展情况
review-regions_title = 按联合国区域分列的进展情况
review-regions_table = 按区域和状态分列的会员国（共{ $n }个）
review-region = 区域
review-total = 合计
review-states_title = 会员国
review-state = 状态
review-any = 任意
review-reviewer = 审核人
review-reviewers = 审核人
review-nobody = 未指派任何人
review-search = 国家名称或代码
review-sort = 排序方式
review-sort_name = 名称
review-sort_state = 状态
review-sort_region = 区域
review-sort_progress = 进展
review-sort_activity = 最近活动（最新的在前）
review-sort_queries = 未决问询（最多的在前）
review-sort_action = 最需处理的在前
review-chart_key = 图例
review-states_filter = 状态（均不勾选：全部）
review-queries_answered = （已回复{ $n }个）
review-apply = 显示
review-shown = 显示{ $total }个会员国中的{ $shown }个
review-member_state = 会员国
review-last_activity = 最近活动（UTC）
review-open_queries = 未决问询
review-percent = 已回答{ $percent }%
review-version_n = 版本{ $version }
review-pick = 选择{ $country }
review-pick_head = 选择
review-assign_title = 为所选会员国指派审核人
review-assign = 指派
review-unassign = 从所选会员国中撤销
review-exports_title = 导出
review-export_csv = 所有答案，每行一个答案（CSV）
review-export_xlsx = 每个会员国一行，附数据字典（XLSX）
review-export_json = 所有答复（JSON）
review-export_dictionary = 数据字典（CSV）：每一列及其对应的问题和类型
review-back_dashboard = 返回仪表板
review-back_submission = 返回提交内容
review-review_caption = 审核
review-review_title = { $country }：版本{ $version }
review-version_meta = 由{ $by }于{ $at }提交。
review-open_count = 未决问询：{ $n }个。
review-assigned = 审核人：{ $names }
review-pdf = 此版本的已签名PDF文件
review-decisions_title = 决定和消息
review-decision_returned = 已退回修改
review-decision_accepted = 已接受
review-decision_reopened = 已重新开放
review-decide_title = 作出决定
review-return_label = 致该国的消息
review-return_hint = 请说明需要修改的内容。未决问询将显示在该国相应答案的旁边。
review-return = 退回修改
review-accept_label = 致该国的消息（可选）
review-accept = 接受版本{ $version }
review-accept_open_queries =
    { $count ->
       *[other] 仍有{ $count }个未决问询。接受答复即视为解决这些问询：该国将无法再回复。
    }
review-accept_refused_open =
    { $count ->
       *[other] 此答复有{ $count }个未决问询。接受答复即视为解决这些问询：请在下一页确认，或先处理这些问询。
    }
review-confirm_title = 接受版本{ $version }？
review-confirm_lead = 接受后答复将被锁定：该国将无法再更改答复，并会收到电子邮件通知。只有管理员才能重新开放答复。
review-confirm_message = 致该国的消息
review-confirm_no_message = 无消息：电子邮件仅说明答复已被接受。
review-confirm_back = 返回{ $country }的审核页面
review-confirm_cancel = 暂不接受
review-summary_title = 摘要
review-summary_open = 未决问询（{ $n }）
review-summary_no_open = 没有未决问询。
review-summary_query_meta = 针对版本{ $version }提出；最后一条消息来自{ $by }
review-summary_changes =
    { $n ->
       *[other] 自版本{ $from }以来的更改：{ $n }个答案
    }
review-summary_diff = 比较版本{ $from }与版本{ $to }
review-summary_no_decisions = 尚无决定。
review-your_message = 您的消息未发送（如仍需要，请复制）：
review-resolved_on_acceptance = 已在答复被接受时解决。
review-reopen_title = 重新开放已接受的答复
review-reopen_label = 原因（保留在审计记录中）
review-reopen = 重新开放以供审核
review-raise = 提出问询
review-raise_hidden = 关于{ $what }
review-raise_label = 您的问询
review-raise_button = 发送问询
review-query_title = 关于版本{ $version }的问询
review-query_open = 未决
review-query_resolved = 已由{ $by }解决
review-reply_label = 您的回复
review-reply = 回复
review-resolve = 标记为已解决
review-no_such_query = 此答复中不存在该问询。
review-message_required = 请输入消息。
review-message_too_long = 消息不得超过{ $max }个字符。
review-wrong_state = 目前无法执行此操作：答复状态为“{ $state }”。请重新加载页面，查看其当前状态。
review-diff_title = 版本{ $from }与版本{ $to }对比
review-diff_from = 从
review-diff_to = 至
review-compare = 比较
review-diff_count = 已更改的答案：{ $n }个。
review-changed = 已更改
review-question = 问题
review-section_changed = { $section }：{ $n }处更改
review-section_unchanged = { $section }：无更改
review-nothing_submitted = { $country }尚未提交任何版本。可从仪表板阅读其草稿。
review-bad_filter = 筛选条件“{ $name }”不能为“{ $value }”。可用的值为：{ $allowed }。
review-empty_filter = 筛选条件“{ $name }”为空：如不限值，请不要使用该条件。
review-search_too_long = 搜索文本最多{ $max }个字符。
review-reviewer_ids = 列表中审核人的编号，或用0表示未指派任何人
review-assigned_done = 已指派审核人。
review-unassigned_done = 已从所选会员国中撤销该审核人。
review-pick_some = 请在表格中至少选择一个会员国。
review-pick_reviewer = 请从列表中选择一名审核人。
review-query_sent = 您的问询已发送给该国。
review-reply_sent = 您的回复已发送。
review-resolved_done = 问询已解决。
review-returned_done = 答复已退回该国修改。
review-accepted_done = 答复已被接受。
review-reopened_done = 答复已重新开放以供审核。
review-unknown_field = 本问卷没有答案“{ $field }”。
review-accepted_no_queries = 此答复已被接受：必须由管理员重新开放后，才能提出新的问询。
review-mail_query_subject = 会员国问卷{ $edition }版：经社部对您的答复提出了一项问询
review-mail_query_body =
    经社部对{ $country }的答复提出了一项问询：
    {""}
    { $text }
    {""}
    请在该问询的页面上回复：
review-mail_reply_subject = 会员国问卷{ $edition }版：经社部的回复
review-mail_reply_body =
    { $who }写道：
    {""}
    { $text }
    {""}
    讨论记录：
review-mail_country_reply_subject = 会员国问卷：{ $country }回复了一项问询
review-country_query_title = 经社部的问询
review-change_answer = 更改此答案
review-bad_decision = 请选择“退回修改”“接受”或“重新开放”。
review-not_latest = 版本{ $version }已不是最新版本：此后已提交了版本{ $latest }。请在作出决定前阅读该版本。
review-no_such_version = 此答复没有版本{ $version }：最新版本为版本{ $latest }。
review-not_yours = 您可以阅读此答复，但对{ $country }的问询和决定由其指派的审核人和管理员负责。管理员可在仪表板上指派审核人。
review-bad_version = “{ $name }”必须是版本号，而不能是“{ $value }”。
review-mail_submitted_subject = 会员国问卷：{ $country }提交了版本{ $version }
review-mail_submitted_body = { $country }已提交其答复的版本{ $version }，可供审核：
review-mail_returned_subject = 会员国问卷{ $edition }版：您的答复已被退回修改
review-mail_returned_body =
    经社部已将{ $country }答复的版本{ $version }退回修改：
    {""}
    { $text }
    {""}
    未决问询显示在其所涉答案的旁边。请作必要修改，然后重新提交：
review-mail_accepted_subject = 会员国问卷{ $edition }版：您的答复已被接受
review-mail_accepted_body =
    经社部已接受{ $country }答复的版本{ $version }。
    {""}
    { $text }
    {""}
    答复：
review-mail_reopened_subject = 会员国问卷{ $edition }版：{ $country }已被接受的答复已重新开放
review-mail_reopened_body =
    一名管理员已将{ $country }答复的版本{ $version }重新开放以供审核：
    {""}
    { $text }
    {""}
    提交内容：
review-reply_on_page = 回复此问询
review-open_queries_title = 待回复的经社部问询（{ $n }）

## api

api-token_missing = 此API需要个人API令牌：请以“Authorization: Bearer <token>”的形式发送。经社部工作人员可在/account/api-tokens创建令牌。
api-token_unknown = 无法识别此API令牌。请检查令牌是否已完整复制，或在/account/api-tokens创建新令牌。
api-token_revoked = 此API令牌已被撤销。请在/account/api-tokens创建新令牌。
api-token_not_allowed = 此API令牌所属的账户已停用，或已无权访问审核数据。
api-nothing_submitted = { $country }尚未提交任何版本。
api-title = API令牌
api-lead = 个人API令牌可让分析工具以您的身份，通过只读API读取审核数据（会员国、已提交的答复、导出文件）。请对令牌保密；不再需要时请将其撤销。
api-openapi = API说明（OpenAPI）
api-created_title = 令牌“{ $name }”已创建
api-created_body = 请立即复制：令牌仅显示这一次。请以“Authorization: Bearer <token>”的形式发送。
api-revoked_at = 已于{ $at }撤销
api-revoke = 撤销
api-never = 从未
api-renew = 续期90天
api-renewed_done = 该令牌自今日起可再使用90天。
api-expires = 有效期至（UTC）
api-expired_on = 已于{ $at }过期：续期后方可再次使用
api-days = 有效期
api-days_n =
    { $n ->
       *[other] { $n }天
    }
api-bad_days = 请选择令牌的有效期：30、90、180或365天。
api-copy = 复制令牌
api-copied = 已复制。
api-selected = 令牌已选中：按Ctrl+C（在Mac上按⌘C）即可复制。
api-token_expired = 此API令牌已过期。其所有者可在/account/api-tokens续期。
api-tokens_caption = 您的API令牌
api-name = 名称
api-name_hint = 令牌的用途，例如“2020年R分析”。
api-name_required = 请输入令牌名称。
api-created = 创建时间（UTC）
api-last_used = 最近使用时间（UTC）
api-state = 状态
api-create_title = 创建令牌
api-create = 创建令牌
api-revoked_done = 该令牌已撤销：已无法再使用。
api-no_such_token = 您没有此令牌。

## first_admin

first_admin-title = 创建首位管理员
first_admin-lead = 本系统尚无任何账户。请提供首位管理员的电子邮件地址和姓名；随后您将设置密码。其他所有人员均由管理员邀请。
first_admin-name_hint = 同事会在此人所作的更改旁看到此姓名。
first_admin-button = 继续设置密码
first_admin-spent = 此链接无效：首位管理员已存在。请登录，或向管理员申请邀请。

## staff_nav

staff_nav-label = 经社部
staff_nav-dashboard = 仪表板
staff_nav-member_states = 会员国
staff_nav-invite = 邀请人员
staff_nav-invitations = 已发送的邀请
staff_nav-accounts = 账户
staff_nav-editions = 版次
staff_nav-outbox = 发件箱
staff_nav-audit = 审计记录
staff_nav-api_tokens = API令牌
staff_nav-security = 登录安全

## invitations

invitations-title = 已发送的邀请
invitations-lead = 您邀请的人员（管理员可查看所有邀请），最新的在前。邀请链接仅可使用一次，有效期14天；重新发送会生成新链接，原链接随即失效。
invitations-caption = 邀请，最新的在前
invitations-none = 您尚未邀请任何人。
invitations-sent = 发送时间（UTC）及发送人
invitations-standing = 当前状态
invitations-waiting = 等待中（链接有效期至{ $until }）
invitations-expired = 已过期：链接已失效
invitations-accepted = 已接受
invitations-resend = 重新发送
invitations-to = （{ $email }）
invitations-resent = 已向{ $email }重新发送邀请，并附有新链接。
invitations-not_yours = 只有发送此邀请的人员或管理员才能重新发送。
invitations-already_accepted = { $email }已接受邀请并设置了密码：无需再发送。此人可在登录页面使用“忘记密码？”。
