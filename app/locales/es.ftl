# Translation status: draft (written by the MSQ team for UN translators to review; see docs/i18n.md).
# La interfaz de usuario en español, traducida de en.ftl (el original inglés).
# Los identificadores de mensaje son `sección-clave`; `{ $name }` es un valor que rellena el código.
# Los recuentos eligen su forma plural según las reglas CLDR: `{ $n -> [one] ... *[other] ... }`.

## site

site-name = Encuesta de las Naciones Unidas sobre Gobierno Electrónico
site-service = Cuestionario de los Estados Miembros
site-skip = Saltar al contenido principal
site-languages = Idioma
site-footer = Departamento de Asuntos Económicos y Sociales de las Naciones Unidas (DAES), División de Instituciones Públicas y Gobierno Digital.

## choose

choose-title = Elija su Estado Miembro
choose-lead = Las respuestas se guardan como borrador para su Estado Miembro. Puede volver y continuar en cualquier momento, desde cualquier computadora.
choose-label = Estado Miembro
choose-hint = Ordenados alfabéticamente según su nombre en inglés.
choose-placeholder = Seleccione un Estado Miembro
choose-edition = Edición
choose-continue = Continuar
choose-required = Seleccione su Estado Miembro
choose-your_name = Su nombre
choose-your_name_hint = Se muestra a sus colegas junto a las respuestas que usted modifique.

## home

home-earlier_title = Ediciones anteriores
home-earlier_status = Su respuesta: { $status }.
home-earlier_pdf = PDF firmado
home-title = { $country }: { $edition }
home-progress =
    { $total ->
        [one] Ha respondido { $answered } de { $total } pregunta.
       *[other] Ha respondido { $answered } de { $total } preguntas.
    }
home-sections_done =
    { $total ->
        [one] { $done } de { $total } sección completada.
       *[other] { $done } de { $total } secciones completadas.
    }
home-tasks = Secciones
home-status_not_started = Sin empezar
home-status_in_progress = En curso
home-status_completed = Completada
home-status_problems = Con problemas
home-status_to_confirm = Por confirmar
home-check = Revise sus respuestas
home-intro_title = Introducción y autorización
home-download_json = Descargar el borrador como archivo de respuesta (JSON)
home-download_json_locked = Descargar las respuestas como archivo de respuesta (JSON)
home-change_country = Elegir otro Estado Miembro

## section

section-too_many_rows =
    { $max ->
        [one] La pregunta { $question } admite como máximo { $max } fila; este formulario envió { $posted }. No se guardó nada de esta página: vuelva atrás, elimine las filas que no necesite y guarde de nuevo.
       *[other] La pregunta { $question } admite como máximo { $max } filas; este formulario envió { $posted }. No se guardó nada de esta página: vuelva atrás, elimine las filas que no necesite y guarde de nuevo.
    }
section-too_long =
    { $chars ->
        [one] Una respuesta a la pregunta { $question } tiene { $chars } carácter; caben como máximo { $max }. No se guardó nada de esta página: vuelva atrás, acorte la respuesta y guarde de nuevo.
       *[other] Una respuesta a la pregunta { $question } tiene { $chars } caracteres; caben como máximo { $max }. No se guardó nada de esta página: vuelva atrás, acorte la respuesta y guarde de nuevo.
    }
section-too_many_choices =
    { $posted ->
        [one] La pregunta { $question } recibió { $posted } casilla marcada, más de las que tiene. No se guardó nada de esta página: vuelva a cargar la página y guarde de nuevo.
       *[other] La pregunta { $question } recibió { $posted } casillas marcadas, más de las que tiene. No se guardó nada de esta página: vuelva a cargar la página y guarde de nuevo.
    }
section-recent = Modificado en esta página en los dos últimos días por:
section-recent_item = { $who } ({ $when })
section-save_continue = Guardar y continuar
section-save = Guardar borrador
section-back_home = Volver a las secciones
section-saved = Se han guardado sus respuestas.
section-saved_with_problems = Se han guardado sus respuestas. Algunas deben corregirse antes de que pueda presentar la respuesta: consulte la lista que figura arriba.
section-notes = Notas
section-footnote_ref = Nota { $id }
section-unsaved_hint = Sus respuestas se guardan cuando selecciona “Guardar borrador” o “Guardar y continuar”.
section-autosaving = Guardando…
section-autosaved = Guardado a las { $time }
section-autosave_failed = Aún no se ha guardado: falló la conexión. Lo que ha escrito se conserva en esta página y en este navegador, y se enviará en cuanto se restablezca la conexión.
section-autosave_conflict = { $who } guardó otra respuesta a esta pregunta ({ $at }): “{ $theirs }”. La suya sigue aquí: seleccione “Guardar borrador” para ver ambas y elegir.
section-autosave_conflict_status = No se ha guardado: entretanto, otra persona modificó una respuesta de esta página. Vea el mensaje que aparece junto a ella.
section-kept_offer = Este navegador conservó cambios en esta página, del { $at }, que no llegaron al servidor.
section-kept_restore = Restaurarlos y guardar
section-kept_discard = Descartarlos
section-not_asked = Responda a esta pregunta solo si respondió “{ $value }” a { $question }.
section-unsent = No respondió “{ $value }” a { $question }, por lo que esta respuesta no se enviará: modifique aquella respuesta o borre esta.
section-page_of = Página { $n } de { $total }
section-previous = Anterior

## field

field-yes = Sí
field-no = No
field-add_url = Añadir otra URL
field-add_for = para { $what }
field-date_day = Día
field-date_month = Mes
field-date_year = Año
field-date_hint = Por ejemplo, 31 3 2020 (el mes puede escribirse con letras).
field-add_row = Añadir otra
field-remove = Eliminar
field-remove_row = Eliminar { $what } { $n }
field-url = URL { $n }
field-url_word = URL
field-row = Entrada { $n }
field-none = Ninguno: no existe tal portal
field-other_text = Especifique
field-percent = Porcentaje
field-percent_number = Porcentaje (un número)
field-percent_suffix = %
field-percent_hint = Un número de 0 a 100; se admiten decimales, por ejemplo 42.5
field-number_hint = Un número en cifras, como 5000 o 12.5.
field-number_whole_hint = Un número entero en cifras, como 5000.
field-number_range = De { $min } a { $max }.
field-number_min = Como mínimo { $min }.
field-number_max = Como máximo { $max }.
field-number_unit = En { $unit }.
field-not_available = No disponible
field-reason = ¿Por qué no está disponible?
field-note = Fuente y año (opcional)
field-word_limit =
    { $limit ->
        [one] Utilice como máximo { $limit } palabra.
       *[other] Utilice como máximo { $limit } palabras.
    }
field-word_count =
    { $limit ->
        [one] { $count } de { $limit } palabra
       *[other] { $count } de { $limit } palabras
    }
field-words_over =
    { $over ->
        [one] Le sobra { $over } palabra
       *[other] Le sobran { $over } palabras
    }
field-not_answered = Sin responder
field-none_answer = Ninguna
field-unticked = No seleccionado

## errors

errors-unknown_language = “{ $code }” no es un idioma de este servicio. Idiomas disponibles: { $codes }.
errors-summary_title = Hay un problema
errors-error_prefix = Error:
errors-conflict_title = Otra persona modificó esta respuesta mientras usted la editaba
errors-conflict_body = { $who } la guardó a las { $time }. Su respuesta se conserva abajo y no se ha guardado. Para mantener la suya, seleccione Guardar de nuevo; para mantener la de la otra persona, modifique la suya para que coincida.
errors-conflict_theirs = La respuesta de la otra persona:
errors-conflict_cleared = La otra persona borró esta respuesta.
errors-not_found_title = Página no encontrada
errors-not_found_body = Si escribió la dirección web, compruebe que sea correcta.
errors-unknown_country = “{ $code }” no es el código de un Estado Miembro de las Naciones Unidas.
errors-unknown_edition = No existe la edición “{ $edition }” del cuestionario.
errors-unknown_page = Este cuestionario no tiene ninguna sección “{ $page }”.
errors-bad_request_title = Algo en la solicitud no era correcto
errors-server_title = Lo sentimos, hay un problema con el servicio
errors-server_body = Las respuestas que se guardaron están a salvo. Inténtelo de nuevo más tarde.
errors-corrupt_body = No se pudieron leer los datos almacenados, por lo que esta página no se muestra, para no mostrarla de forma incorrecta: { $what }. No se modificó nada. Informe al DAES (el problema queda anotado en el registro del servidor).
errors-back = Volver al inicio
errors-conflict_page_title = Esto no puede hacerse ahora
errors-question_ref = Pregunta { $n }
errors-sign_in_title = Inicie sesión para continuar
errors-sign_in_body = Esta página es para usuarios que han iniciado sesión. Inicie sesión con su dirección de correo electrónico y su contraseña.
errors-forbidden_title = No puede abrir esta página
errors-forbidden_body = Su cuenta no da acceso a esta página. Si cree que debería darlo, consulte al DAES.
errors-too_many_title = Demasiados intentos
errors-busy_title = El servicio está ocupado
errors-busy_body = Muchas personas están iniciando sesión en este momento. Espere unos segundos y vuelva a enviar el formulario; no se pierde nada de lo que haya escrito en otras partes.
errors-cross_site_title = Este formulario procede de otro sitio
errors-cross_site_body = Por su seguridad, solo se aceptan formularios procedentes de las propias páginas de este sitio. Vuelva a la página, vuelva a cargarla y envíe de nuevo el formulario.
errors-body_too_large = Esta página es demasiado grande para guardarse (más de 2 MB). No se guardó nada de ella: vuelva atrás, acorte las respuestas más largas o elimine filas, y guarde de nuevo.
errors-body_incomplete = La página no llegó completa (puede que se haya cortado la conexión). No se guardó nada de ella: vuelva atrás y guarde de nuevo.
errors-query_unreadable = Esta dirección web contiene una parte que la página no puede leer. Compruebe la dirección, o vuelva atrás y utilice los enlaces y botones de la propia página.
errors-form_unreadable = No se pudo leer el formulario. Vuelva a la página, vuelva a cargarla y envíe de nuevo el formulario; si vuelve a ocurrir, informe al DAES.

## validation

validation-required = Responda a esta pregunta
validation-required_part = Complete el campo “{ $part }”
validation-invalid_url = Introduzca una dirección web completa que empiece por https:// o http://, como https://www.example.gov
validation-invalid_email = Introduzca una dirección de correo electrónico con el formato correcto, como nombre@example.gov
validation-invalid_phone = Introduzca un número de teléfono en formato internacional, que empiece por + y el código del país, como +41 22 917 1234
validation-invalid_date = Introduzca una fecha válida: el día, el mes y el año con cuatro cifras, como 31 3 2020
validation-not_a_number = Introduzca el porcentaje como un número, como 42.5
validation-percent_range = Introduzca un porcentaje de 0 a 100
validation-invalid_number = Introduzca un número en cifras, como 5000 o 12.5 (sin palabras como “aproximadamente”)
validation-not_whole_number = Introduzca un número entero, como 5000
validation-number_below = Introduzca un número igual o superior a { $min }
validation-number_above = Introduzca un número igual o inferior a { $max }
validation-too_many_words =
    { $over ->
        [one] Le sobra { $over } palabra
       *[other] Le sobran { $over } palabras
    }
validation-reason_required = Indique por qué no está disponible la cifra
validation-name_required = Introduzca el nombre que corresponde a esta dirección web
validation-other_required = Indique a qué se refiere “Otro”
validation-unknown_value = “{ $value }” no es una de las opciones
validation-carried_unconfirmed = Confirme o modifique la respuesta trasladada de { $edition }

## carry

carry-tag_unconfirmed = De { $edition }: confirmar o modificar
carry-tag_confirmed = De { $edition }, confirmada sin cambios
carry-tag_changed = Modificada desde { $edition }
carry-reworded = La pregunta ha cambiado desde { $edition }: compruebe que la respuesta sigue correspondiendo a ella.
carry-confirm = Confirmar esta respuesta
carry-confirm_hidden = trasladada de { $edition }, a { $what }
carry-confirm_page = Confirmar todas las respuestas de { $edition } en esta página
carry-page_lead =
    { $count ->
        [one] { $count } respuesta de esta página se trasladó de { $edition }. Confírmela si sigue siendo válida o modifíquela; no podrá presentar la respuesta hasta que esté confirmada o modificada.
       *[other] { $count } respuestas de esta página se trasladaron de { $edition }. Confirme cada una que siga siendo válida o modifíquela; no podrá presentar la respuesta hasta que todas estén confirmadas o modificadas.
    }
carry-confirmed = Confirmado: las respuestas quedan como estaban en { $edition }.
carry-offer_title = Empezar a partir de sus respuestas de { $edition }
carry-offer_lead =
    { $count ->
        [one] Su respuesta de { $edition } (versión { $version }, presentada el { $at }) responde a { $count } pregunta que se vuelve a formular. Copie esa respuesta en este cuestionario y, a continuación, confírmela o modifíquela antes de presentar la respuesta. Se conservan las respuestas que ya haya escrito aquí. La fecha de la respuesta y la autorización de publicación no se copian: deberá indicarlas de nuevo.
       *[other] Su respuesta de { $edition } (versión { $version }, presentada el { $at }) responde a { $count } preguntas que se vuelven a formular. Copie esas respuestas en este cuestionario y, a continuación, confirme o modifique cada una antes de presentar la respuesta. Se conservan las respuestas que ya haya escrito aquí. La fecha de la respuesta y la autorización de publicación no se copian: deberá indicarlas de nuevo.
    }
carry-offer_button = Copiar mis respuestas de { $edition }
carry-done =
    { $count ->
        [one] Se copió { $count } respuesta de { $edition }. Está marcada como “De { $edition }: confirmar o modificar”.
       *[other] Se copiaron { $count } respuestas de { $edition }. Cada una está marcada como “De { $edition }: confirmar o modificar”.
    }
carry-done_dropped =
    { $count ->
        [one] No se copió { $count } respuesta de { $edition }: la fecha de la respuesta y la autorización de publicación se indican de nuevo en cada edición, y la respuesta a una pregunta que ya no se formula (o que ya no se ajusta a ella) permanece en { $edition }.
       *[other] No se copiaron { $count } respuestas de { $edition }: la fecha de la respuesta y la autorización de publicación se indican de nuevo en cada edición, y una respuesta a una pregunta que ya no se formula (o que ya no se ajusta a ella) permanece en { $edition }.
    }
carry-done_kept =
    { $count ->
        [one] { $count } pregunta que ya había respondido se dejó tal como la escribió.
       *[other] { $count } preguntas que ya había respondido se dejaron tal como las escribió.
    }
carry-to_confirm =
    { $count ->
        [one] { $count } respuesta trasladada de { $edition } pendiente de confirmar o modificar.
       *[other] { $count } respuestas trasladadas de { $edition } pendientes de confirmar o modificar.
    }
carry-nothing = No hay ninguna respuesta presentada por { $country } a la edición anterior a partir de la cual empezar.
carry-already = Las respuestas de { $edition } ya se copiaron en este cuestionario.
carry-locked = La respuesta está { $status }: no se copió nada.
carry-column_note = carried: indica si una respuesta se trasladó de la edición anterior y después se confirmó sin cambios o se modificó (vacío: respondida en esta edición).

## check

check-unsent_title = Respuestas que no se enviarán ({ $count })
check-to_confirm =
    { $count ->
        [one] { $count } respuesta trasladada de la edición anterior sigue pendiente de confirmar o modificar.
       *[other] { $count } respuestas trasladadas de la edición anterior siguen pendientes de confirmar o modificar.
    }
check-title = Revise sus respuestas
check-lead = Revise todas las respuestas antes de presentarlas. Seleccione “Modificar” para editar una respuesta.
check-change = Modificar
check-change_hidden = respuesta a { $what }
check-problems =
    { $count ->
        [one] { $count } respuesta debe corregirse.
       *[other] { $count } respuestas deben corregirse.
    }
check-missing =
    { $count ->
        [one] Falta { $count } respuesta obligatoria.
       *[other] Faltan { $count } respuestas obligatorias.
    }
check-ready = Se han completado todas las respuestas obligatorias.
check-cannot_submit = Todavía no puede presentar la respuesta
check-submit_title = Presente su respuesta
check-submit_lead = Al presentar la respuesta, estas respuestas quedan fijadas como una versión numerada que recibe el DAES. A continuación, la respuesta queda bloqueada: nadie puede modificarla mientras el DAES la examina. Si el DAES la devuelve para revisión, usted modifica las respuestas y la presenta de nuevo, como una nueva versión.
check-locked_submitted = Estas respuestas se han presentado y el DAES las está examinando, por lo que no pueden modificarse aquí (no hay enlaces “Modificar”). Si el DAES devuelve la respuesta para revisión, podrá volver a modificarlas.
check-locked_accepted = El DAES ha aceptado esta respuesta, por lo que sus respuestas no pueden modificarse (no hay enlaces “Modificar”).
check-locked_closed = El cuestionario de { $edition } está cerrado, por lo que sus respuestas no pueden modificarse (no hay enlaces “Modificar”).
check-read_only = Puede leer estas respuestas; solo los encuestados del Estado Miembro pueden modificarlas.
check-submit = Presentar la respuesta

## import

import-unknown_field = identificador de pregunta desconocido "{ $id }"
import-bad_shape = { $id }: { $message }

## version

version-undescribed_title = Respuestas almacenadas que esta edición no describe
version-undescribed_body = Estas respuestas están almacenadas con esta versión, pero las preguntas de la edición ya no las describen (desde entonces se ha eliminado o modificado alguna pregunta). Se muestran y se exportan exactamente como están almacenadas.
version-title = Versión { $version }
version-submitted_title = Respuesta presentada
version-submitted_body = Se ha presentado la versión { $version } de la respuesta de { $country }.
version-edition = Edición
version-member_state = Estado Miembro
version-version = Versión
version-submitted_at = Fecha de presentación
version-submitted_by = Presentada por
version-sha256 = SHA-256 de las respuestas
version-download_json = Descargar las respuestas de esta versión (JSON)
version-versions = Versiones presentadas
version-draft_after = Los cambios realizados después de la versión { $version } todavía no se han presentado.
version-latest = Versión { $version }, presentada el { $at }
version-unknown = Esta respuesta no tiene versión { $version }.
version-unchanged = No ha cambiado nada desde la versión { $version }: se mantiene tal como se presentó.
version-concurrent = Otra persona presentó esta respuesta en el mismo momento. Compruebe la última versión y, si es necesario, preséntela de nuevo.

## pdf

pdf-header = { $country } · Cuestionario de los Estados Miembros, edición { $edition } · versión { $version }
pdf-page_of = Página { $page } de { $pages }
pdf-unanswered = Sin responder
pdf-not_asked = No se pregunta (se deduce de otra respuesta)
pdf-not_submitted = No presentada (borrador)
pdf-draft = borrador, no presentado
pdf-signature_title = Firma electrónica
pdf-signed_by = Firmado por
pdf-signed_at = Fecha de la firma
pdf-download = Descargar el PDF firmado

## verify

verify-checked =
    { $bytes ->
        [one] Comprobado: { $name } ({ $bytes } byte).
       *[other] Comprobado: { $name } ({ $bytes } bytes).
    }
verify-unnamed = un archivo sin nombre
verify-file_sha256 = SHA-256 del archivo:
verify-title = Comprobar el PDF de una presentación
verify-lead = Cargue el PDF de una presentación del cuestionario de los Estados Miembros para saber si es auténtico y no ha sido modificado, y de qué presentación se trata. El archivo se comprueba y después se descarta.
verify-label = Archivo PDF
verify-hint = El PDF firmado descargado de este sistema, de 20 MB como máximo.
verify-button = Comprobar el PDF
verify-time_stamp = Con sello de tiempo
verify-authentic_title = Auténtico y sin modificar
verify-authentic_body = Este es el PDF firmado de la versión { $version } de la respuesta de { $country }, exactamente como lo emitió este sistema.
verify-not_archived_title = Firmado por este sistema, pero no es una presentación emitida
verify-not_archived_body = La firma de { $signer } es válida y el archivo no se ha modificado desde que se firmó, pero no es uno de los PDF de presentación que emitió este sistema (por ejemplo, un PDF generado en la línea de comandos a partir de un archivo de respuesta).
verify-other_signer_title = No firmado por este sistema
verify-other_signer_body = El archivo lleva una firma válida de { $signer }, que no es el certificado de este sistema.
verify-invalid_title = No es una presentación auténtica
verify-no_file = Elija un archivo PDF para comprobarlo.
verify-too_large = El archivo supera los 20 MB: no es un PDF de presentación.
verify-unreadable_upload = No se pudo leer el archivo cargado. Elija de nuevo el archivo PDF y vuelva a enviarlo.

## account

account-forgot = ¿Olvidó su contraseña?
account-reset_title = Elija una nueva contraseña
account-reset_lead =
    { $hours ->
        [one] Escriba la dirección de correo electrónico de su cuenta. Le enviaremos un enlace (válido durante { $hours } hora y para un solo uso) donde podrá elegir una nueva contraseña.
       *[other] Escriba la dirección de correo electrónico de su cuenta. Le enviaremos un enlace (válido durante { $hours } horas y para un solo uso) donde podrá elegir una nueva contraseña.
    }
account-reset_button = Enviar el enlace
account-reset_sent = Si existe una cuenta con esta dirección, se le está enviando un enlace para elegir una nueva contraseña. Consulte su correo electrónico.
account-reset_subject = Elija una nueva contraseña para el cuestionario de los Estados Miembros
account-reset_body =
    Alguien (esperamos que usted) ha solicitado elegir una nueva contraseña para su cuenta del cuestionario de los Estados Miembros de la Encuesta de las Naciones Unidas sobre Gobierno Electrónico.
    {""}
    Elíjala aquí (el enlace funciona una sola vez, durante { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }):
    { $link }
    {""}
    Si no lo ha solicitado usted, ignore este mensaje: su contraseña seguirá siendo la misma.
account-invitation_subject = Invitación al cuestionario de los Estados Miembros
account-invitation_body =
    Estimado/a { $name }:
    {""}
    { $by } le ha invitado al cuestionario de los Estados Miembros de la Encuesta de las Naciones Unidas sobre Gobierno Electrónico como { $role }{ $country }.
    {""}
    Elija su contraseña aquí (el enlace funciona una sola vez, durante 14 días):
    { $link }
    {""}
account-sign_in_title = Iniciar sesión
account-sign_in_lead = Inicie sesión con la dirección de correo electrónico a la que se envió su invitación.
account-email = Dirección de correo electrónico
account-password = Contraseña
account-sign_in_button = Iniciar sesión
account-sign_in_failed = La dirección de correo electrónico o la contraseña no son correctas.
account-rate_limited_account = Demasiados intentos fallidos de inicio de sesión en esta cuenta. Espere 15 minutos y vuelva a intentarlo, o solicite el restablecimiento de la contraseña.
account-rate_limited_address = Demasiados intentos fallidos de inicio de sesión desde su red. Espere 15 minutos y vuelva a intentarlo.
account-rate_limited_reset = Demasiadas solicitudes de restablecimiento de contraseña desde su red. Espere 15 minutos y vuelva a intentarlo.
account-bad_email = Escriba su dirección de correo electrónico tal como figura en su invitación, por ejemplo nombre@ministerio.gov.
account-sign_out = Cerrar sesión
account-signed_out = Ha cerrado la sesión.
account-link_title = Elija su contraseña
account-link_lead =
    { $min ->
        [one] Su cuenta: { $email }. Elija una contraseña de al menos { $min } carácter; una frase larga es más fácil de recordar y más difícil de adivinar.
       *[other] Su cuenta: { $email }. Elija una contraseña de al menos { $min } caracteres; una frase larga es más fácil de recordar y más difícil de adivinar.
    }
account-new_password = Nueva contraseña
account-confirm_password = Repita la contraseña
account-save_password = Guardar la contraseña e iniciar sesión
account-link_invalid_title = Este enlace no puede utilizarse
account-link_invalid_body =
    { $hours ->
        [one] El enlace es desconocido, ya se utilizó o fue sustituido por uno más reciente, o ha caducado (las invitaciones duran 14 días; los restablecimientos de contraseña, { $hours } hora). Solicite uno nuevo al DAES o a su administrador, o solicite un nuevo restablecimiento de contraseña.
       *[other] El enlace es desconocido, ya se utilizó o fue sustituido por uno más reciente, o ha caducado (las invitaciones duran 14 días; los restablecimientos de contraseña, { $hours } horas). Solicite uno nuevo al DAES o a su administrador, o solicite un nuevo restablecimiento de contraseña.
    }
account-password_too_short =
    { $min ->
        [one] Utilice al menos { $min } carácter.
       *[other] Utilice al menos { $min } caracteres.
    }
account-password_too_long =
    { $max ->
        [one] Utilice como máximo { $max } carácter.
       *[other] Utilice como máximo { $max } caracteres.
    }
account-password_mismatch = Las dos contraseñas no coinciden.

## audit

audit-staff_title = Registro de auditoría de las cuentas del DAES
audit-staff_lead = Inicios de sesión, invitaciones y cambios en las cuentas que no pertenecen a ningún Estado Miembro, de los más recientes a los más antiguos ({ $shown } de { $total } en esta página; el archivo CSV los contiene todos). El registro de cada Estado Miembro figura en su propia página.
audit-account_disabled = Cuenta desactivada
audit-account_enabled = Cuenta activada
audit-invitation = Invitación enviada
audit-invitation_resent = Invitación reenviada
audit-role_changed = Rol modificado
audit-two_factor_reset = Segundo factor restablecido por un administrador
audit-two_factor_reenrolled = Segundo factor configurado de nuevo
audit-recovery_codes_renewed = Nuevos códigos de recuperación generados
audit-api_token_renewed = Token de API renovado
audit-two_factor_on = Inicio de sesión con dos factores activado
audit-reset_requested = Restablecimiento de contraseña solicitado
audit-reset_refused = Solicitudes de restablecimiento de contraseña rechazadas (demasiadas)
audit-newer = Entradas más recientes
audit-older = Entradas más antiguas
audit-pages = Páginas del registro de auditoría
audit-bad_page = El número de página debe ser un número entero igual o superior a 1.
audit-title = Registro de auditoría
audit-lead = Todos los cambios de respuestas, inicios de sesión, presentaciones y descargas de este Estado Miembro, de los más recientes a los más antiguos ({ $shown } de { $total } en esta página; el archivo CSV los contiene todos).
audit-download = Descargar el registro de auditoría (CSV)
audit-caption = Registro de auditoría, de lo más reciente a lo más antiguo
audit-at = Cuándo (UTC)
audit-who = Quién
audit-what = Qué
audit-question = Pregunta
audit-old = Valor anterior
audit-new = Valor nuevo
audit-detail = Detalle
audit-answer_changed = Respuesta modificada
audit-sign_in = Inicio de sesión
audit-sign_in_failed = Inicio de sesión fallido
audit-sign_out = Cierre de sesión
audit-password_set = Contraseña establecida
audit-account_created = Cuenta creada
audit-submission = Presentación
audit-download_event = Descarga
audit-reviewer_assigned = Revisor asignado
audit-reviewer_unassigned = Revisor retirado
audit-query_raised = Consulta formulada
audit-query_reply = Respuesta a una consulta
audit-query_resolved = Consulta resuelta
audit-returned = Devuelta para revisión
audit-accepted = Aceptada
audit-reopened = Reabierta tras la aceptación
audit-export = Datos exportados
audit-api_token_created = Token de API creado
audit-api_token_revoked = Token de API revocado
audit-edition_opened = Edición abierta
audit-edition_closed = Edición cerrada
audit-edition_drafted = Edición devuelta a borrador

## two_factor

two_factor-required_title = Configure primero el inicio de sesión con dos factores
two_factor-required_body = Las cuentas del DAES inician sesión con una contraseña y un código de una aplicación de autenticación. Configúrelo ahora para continuar.
two_factor-setup_title = Configurar el inicio de sesión con dos factores
two_factor-setup_lead = Después de la contraseña, también deberá escribir un código de seis dígitos de una aplicación de autenticación instalada en su teléfono (por ejemplo, FreeOTP, Google Authenticator o Microsoft Authenticator).
two_factor-step_app = Abra la aplicación de autenticación y elija añadir una cuenta.
two_factor-step_secret = Escanee este código QR con la aplicación, introduzca la clave (los espacios no importan) o abra el enlace en el teléfono:
two_factor-qr_label = Código QR de su clave, para la aplicación de autenticación
two_factor-open_app = abrir en la aplicación de autenticación
two_factor-step_code = Escriba el código de seis dígitos que muestra ahora la aplicación.
two_factor-code = Código de seis dígitos
two_factor-code_hint = De su aplicación de autenticación, o uno de sus códigos de recuperación.
two_factor-turn_on = Activar el inicio de sesión con dos factores
two_factor-wrong_code = El código no es correcto. Escriba el código que muestra ahora la aplicación (los códigos cambian cada 30 segundos).
two_factor-on_title = El inicio de sesión con dos factores está activado
two_factor-on_body = Usted inicia sesión con su contraseña y un código de su aplicación de autenticación.
two_factor-recovery_title = Sus códigos de recuperación
two_factor-recovery_lead = Si pierde el teléfono, cada uno de estos códigos le permite iniciar sesión una vez en lugar de un código de la aplicación. Guárdelos en un lugar seguro (imprímalos o almacénelos en un gestor de contraseñas): esta es la única vez que se muestran.
two_factor-continue = Continuar
two_factor-code_title = Introduzca su código
two_factor-code_lead = Escriba el código de seis dígitos de su aplicación de autenticación, o uno de sus códigos de recuperación.
two_factor-expired = El inicio de sesión tardó demasiado. Vuelva a iniciar sesión con su contraseña.
two_factor-manage_title = Mantenga actualizado su segundo factor
two_factor-codes_title = Nuevos códigos de recuperación
two_factor-codes_lead = ¿Ha utilizado algunos de sus códigos de recuperación o los ha perdido? Genere diez nuevos: los códigos anteriores dejarán de funcionar.
two_factor-codes_button = Generar nuevos códigos de recuperación
two_factor-codes_done_title = Sus nuevos códigos de recuperación
two_factor-renew_title = Un nuevo teléfono o una nueva aplicación de autenticación
two_factor-renew_lead = Vuelva a configurar el inicio de sesión con dos factores en un nuevo dispositivo: su aplicación actual y sus códigos de recuperación dejarán de funcionar, y deberá escanear una nueva clave en ese mismo momento.
two_factor-renew_button = Configurar una nueva aplicación de autenticación
two_factor-confirm_code = Para confirmar su identidad, escriba un código de su aplicación de autenticación actual o uno de sus códigos de recuperación.

## admin

admin-editions_title = Ediciones
admin-editions_lead = Una edición en borrador solo es visible para el DAES (abra cualquiera de sus páginas para previsualizarla). Una edición abierta es la que responden los países, entre su primer y su último día; una edición cerrada es de solo lectura para ellos, mientras que las revisiones, las exportaciones y los PDF continúan. Todos los cambios quedan anotados en el registro de auditoría del DAES.
admin-editions_caption = Las ediciones del cuestionario y su estado
admin-edition = Edición
admin-edition_title = Título
admin-edition_from = Primer día de apertura
admin-edition_until = Último día de apertura
admin-edition_open = Abrir { $edition }
admin-edition_close = Cerrar { $edition }
admin-edition_opened = La edición { $edition } está abierta.
admin-edition_closed = La edición { $edition } está cerrada.
admin-edition_bad_day = “{ $value }” no es una fecha: utilice el selector de fecha o escríbala con el formato 2026-01-15.
admin-state_draft = Borrador
admin-preview = Previsualizar { $edition }
admin-preview_country = Como el Estado Miembro (código)
admin-sample_pdf = El PDF de una respuesta en blanco
admin-state_open = Abierta
admin-state_closed = Cerrada
admin-users_title = Cuentas
admin-users_lead = Todas las personas que pueden iniciar sesión. Una cuenta desactivada no puede iniciar sesión, y sus sesiones terminan de inmediato.
admin-users_caption = Cuentas
admin-two_factor = Dos factores
admin-status = Estado
admin-action = Acción
admin-active = Activa
admin-disabled = Desactivada
admin-disable = Desactivar { $email }
admin-enable = Activar { $email }
admin-not_yourself = No puede desactivar su propia cuenta.
admin-role_of = Rol de { $email }
admin-of = de { $email }
admin-change_role = Cambiar el rol
admin-reset_two_factor = Restablecer el segundo factor
admin-role_changed = { $email } tiene ahora el rol: { $role }. Sus páginas abiertas se actualizarán con su próximo clic.
admin-role_same = { $email } ya tiene ese rol.
admin-role_other_side = La cuenta de un Estado Miembro no puede convertirse en una cuenta del DAES, ni a la inversa: invite de nuevo a la persona con el rol que necesite (sus respuestas y su registro permanecen en la cuenta anterior).
admin-role_yourself = No puede cambiar su propio rol: pídaselo a otro administrador.
admin-two_factor_reset_done = Se ha restablecido el segundo factor de { $email }: deberá configurar uno nuevo en su próximo inicio de sesión (sus sesiones han terminado).
admin-no_second_factor = { $email } no tiene ningún segundo factor que restablecer.
admin-audit_link = Registro de auditoría de las cuentas del DAES
admin-nav = Cuentas
admin-invite_title = Invitar a una persona
admin-invite_lead = La persona recibe un correo electrónico con un enlace (válido durante 14 días y para un solo uso) donde elige su contraseña.
admin-name = Nombre
admin-role = Rol
admin-not_assigned = Solo puede invitar a personas para los Estados Miembros que se le han asignado ({ $assigned }). Pida a un administrador que invite a personas para otros Estados Miembros.
admin-none_assigned = ninguno
admin-country = Estado Miembro
admin-country_hint = Para encuestados y puntos focales.
admin-no_country = Ninguno (roles del DAES)
admin-invite_button = Enviar la invitación
admin-invited_title = Invitación enviada
admin-invited_body = Se ha invitado a { $email }.
admin-role_respondent = Encuestado (equipo de un Estado Miembro)
admin-role_focal_point = Punto focal (consulta la respuesta del Estado Miembro)
admin-role_reviewer = Revisor del DAES
admin-role_admin = Administrador
admin-outbox_title = Bandeja de salida
admin-outbox_lead = Todos los correos electrónicos que ha redactado este sistema, de los más recientes a los más antiguos. Los enlaces de un solo uso (invitaciones, restablecimientos de contraseña) se eliminan aquí: solo figuran en el mensaje entregado a la persona (a través del servidor de correo o, si no lo hay, como archivo en la carpeta de correo del servidor).
admin-mail_meta = Para { $to }, { $at }

## cycle

cycle-not_started = Sin empezar
cycle-in_progress = En curso
cycle-submitted = Presentada
cycle-returned = Devuelta para revisión
cycle-resubmitted = Presentada de nuevo
cycle-accepted = Aceptada
cycle-status_draft = en borrador
cycle-status_submitted = presentada para su examen
cycle-status_returned = devuelta para revisión
cycle-status_accepted = aceptada
cycle-locked_submitted = Su respuesta se ha presentado y el DAES la está examinando. Podrá volver a modificarla si se le devuelve para revisión.
cycle-locked_accepted = El DAES ha aceptado su respuesta. Ya no puede modificarse.
cycle-edition_closed = El cuestionario de { $edition } está cerrado: sus respuestas ya no pueden modificarse.
cycle-edition_closed_banner = El cuestionario de { $edition } está cerrado. Puede consultar sus respuestas, versiones y archivos PDF, pero ya no pueden modificarse.
cycle-returned_banner = El DAES ha devuelto su respuesta para revisión. Modifique lo necesario, responda a las consultas y preséntela de nuevo.
cycle-not_saved_locked = Sus cambios no se han guardado: { $reason } Se muestran a continuación para que pueda copiarlos.

## review

review-diff_between = { $from } frente a { $to }
review-edition_version = { $edition }, versión { $version }
review-compare_with_edition = Comparar con la última versión de { $edition }
review-not_asked_in = No se preguntó en { $edition }
review-no_earlier_version = { $country } no presentó ninguna versión de la edición { $edition }.
review-bad_earlier_edition = “{ $edition }” no es una edición anterior de este cuestionario.
review-dashboard_title = Revisión de las respuestas de los Estados Miembros
review-dashboard_link = Panel de revisión
review-api_hint = Las herramientas de análisis leen los mismos datos mediante la API de solo lectura:
review-counts_label = Estados Miembros por situación
review-chart_title = Progreso de los Estados Miembros por región de las Naciones Unidas
review-regions_title = Progreso por región de las Naciones Unidas
review-regions_table = Estados Miembros por región y situación ({ $n } en total)
review-region = Región
review-total = Total
review-states_title = Estados Miembros
review-state = Situación
review-any = Cualquiera
review-reviewer = Revisor
review-reviewers = Revisores
review-nobody = Nadie asignado
review-search = Nombre o código del país
review-sort = Ordenar por
review-sort_name = Nombre
review-sort_state = Situación
review-sort_region = Región
review-sort_progress = Progreso
review-sort_activity = Última actividad (primero la más reciente)
review-sort_queries = Consultas abiertas (primero los que tienen más)
review-sort_action = Primero lo que requiere actuación
review-chart_key = Leyenda
review-states_filter = Situaciones (ninguna marcada: todas)
review-queries_answered =
    { $n ->
        [one] ({ $n } respondida)
       *[other] ({ $n } respondidas)
    }
review-apply = Mostrar
review-shown =
    { $total ->
        [one] Se muestran { $shown } de { $total } Estado Miembro
       *[other] Se muestran { $shown } de { $total } Estados Miembros
    }
review-member_state = Estado Miembro
review-last_activity = Última actividad (UTC)
review-open_queries = Consultas abiertas
review-percent = { $percent }% respondido
review-version_n = versión { $version }
review-pick = Seleccionar { $country }
review-pick_head = Seleccionar
review-assign_title = Asignar un revisor a los Estados Miembros seleccionados
review-assign = Asignar
review-unassign = Retirar de los seleccionados
review-exports_title = Exportaciones
review-export_csv = Todas las respuestas, una por línea (CSV)
review-export_xlsx = Una fila por Estado Miembro, con el diccionario de datos (XLSX)
review-export_json = Todas las respuestas de los Estados Miembros (JSON)
review-export_dictionary = Diccionario de datos (CSV): cada columna, su pregunta y su tipo
review-back_dashboard = Volver al panel
review-back_submission = Volver a la presentación
review-review_caption = Revisión
review-review_title = { $country }: versión { $version }
review-version_meta = Presentada por { $by } el { $at }.
review-open_count = Consultas abiertas: { $n }.
review-assigned = Revisores: { $names }
review-pdf = PDF firmado de esta versión
review-decisions_title = Decisiones y mensajes
review-decision_returned = Devuelta para revisión
review-decision_accepted = Aceptada
review-decision_reopened = Reabierta
review-decide_title = Decidir
review-return_label = Mensaje al país
review-return_hint = Indique qué debe revisarse. Las consultas abiertas se muestran al país junto a las respuestas correspondientes.
review-return = Devolver para revisión
review-accept_label = Mensaje al país (opcional)
review-accept = Aceptar la versión { $version }
review-accept_open_queries =
    { $count ->
        [one] Todavía hay { $count } consulta abierta. Al aceptar la respuesta, la consulta se resuelve: el país ya no podrá responder.
       *[other] Todavía hay { $count } consultas abiertas. Al aceptar la respuesta, las consultas se resuelven: el país ya no podrá responder.
    }
review-accept_refused_open =
    { $count ->
        [one] Esta respuesta tiene { $count } consulta abierta. Al aceptar la respuesta, la consulta se resuelve: confírmelo en la página siguiente o resuélvala antes.
       *[other] Esta respuesta tiene { $count } consultas abiertas. Al aceptar la respuesta, las consultas se resuelven: confírmelo en la página siguiente o resuélvalas antes.
    }
review-confirm_title = ¿Aceptar la versión { $version }?
review-confirm_lead = Al aceptar, la respuesta queda bloqueada: el país ya no puede modificarla y se le informa por correo electrónico. Solo un administrador puede reabrirla.
review-confirm_message = Mensaje al país
review-confirm_no_message = Sin mensaje: el correo electrónico indica solamente que se aceptó la respuesta.
review-confirm_back = Volver a la revisión de { $country }
review-confirm_cancel = Ahora no
review-summary_title = Resumen
review-summary_open = Consultas abiertas ({ $n })
review-summary_no_open = No hay consultas abiertas.
review-summary_query_meta = formulada sobre la versión { $version }; último mensaje de { $by }
review-summary_changes =
    { $n ->
        [one] Modificada desde la versión { $from }: { $n } respuesta
       *[other] Modificadas desde la versión { $from }: { $n } respuestas
    }
review-summary_diff = Comparar la versión { $from } con la versión { $to }
review-summary_no_decisions = Todavía no hay ninguna decisión.
review-your_message = Su mensaje, no enviado (cópielo si aún lo necesita):
review-resolved_on_acceptance = Resuelta al aceptarse la respuesta.
review-reopen_title = Reabrir la respuesta aceptada
review-reopen_label = Motivo (se conserva en el registro de auditoría)
review-reopen = Reabrir para revisión
review-raise = Formular una consulta
review-raise_hidden = sobre { $what }
review-raise_label = Su consulta
review-raise_button = Enviar la consulta
review-query_title = Consulta sobre la versión { $version }
review-query_open = Abierta
review-query_resolved = Resuelta por { $by }
review-reply_label = Su respuesta
review-reply = Responder
review-resolve = Marcar como resuelta
review-no_such_query = No existe esa consulta en esta respuesta.
review-message_required = Escriba un mensaje.
review-message_too_long =
    { $max ->
        [one] El mensaje debe tener { $max } carácter como máximo.
       *[other] El mensaje debe tener { $max } caracteres como máximo.
    }
review-wrong_state = Esto no puede hacerse ahora: la respuesta está { $state }. Vuelva a cargar la página para ver su situación actual.
review-diff_title = Versión { $from } frente a versión { $to }
review-diff_from = De
review-diff_to = A
review-compare = Comparar
review-diff_count = Respuestas modificadas: { $n }.
review-changed = Modificada
review-question = Pregunta
review-section_changed =
    { $n ->
        [one] { $section }: { $n } respuesta modificada
       *[other] { $section }: { $n } respuestas modificadas
    }
review-section_unchanged = { $section }: sin cambios
review-nothing_submitted = { $country } todavía no ha presentado ninguna versión. Su borrador puede consultarse desde el panel.
review-bad_filter = El filtro “{ $name }” no puede ser “{ $value }”. Puede ser: { $allowed }.
review-empty_filter = El filtro “{ $name }” está vacío: omítalo para admitir cualquier valor.
review-search_too_long =
    { $max ->
        [one] El texto de búsqueda puede tener como máximo { $max } carácter.
       *[other] El texto de búsqueda puede tener como máximo { $max } caracteres.
    }
review-reviewer_ids = el número de un revisor de la lista, o 0 para nadie asignado
review-assigned_done = Se ha asignado el revisor.
review-unassigned_done = Se ha retirado el revisor de los Estados Miembros seleccionados.
review-pick_some = Seleccione al menos un Estado Miembro en la tabla.
review-pick_reviewer = Elija un revisor de la lista.
review-query_sent = Su consulta se ha enviado al país.
review-reply_sent = Su respuesta se ha enviado.
review-resolved_done = La consulta está resuelta.
review-returned_done = La respuesta se ha devuelto al país para revisión.
review-accepted_done = La respuesta ha sido aceptada.
review-reopened_done = La respuesta vuelve a estar abierta para revisión.
review-unknown_field = El cuestionario no tiene ninguna respuesta “{ $field }”.
review-accepted_no_queries = Esta respuesta está aceptada: un administrador debe reabrirla para que puedan formularse nuevas consultas.
review-mail_query_subject = Cuestionario de los Estados Miembros { $edition }: el DAES tiene una consulta sobre su respuesta
review-mail_query_body =
    El DAES tiene una consulta sobre la respuesta de { $country }:
    {""}
    { $text }
    {""}
    Responda en la página de la consulta:
review-mail_reply_subject = Cuestionario de los Estados Miembros { $edition }: una respuesta del DAES
review-mail_reply_body =
    { $who } escribió:
    {""}
    { $text }
    {""}
    La conversación:
review-mail_country_reply_subject = Cuestionario de los Estados Miembros: { $country } respondió a una consulta
review-country_query_title = Una consulta del DAES
review-change_answer = Modificar esta respuesta
review-bad_decision = Elija “Devolver para revisión”, “Aceptar” o “Reabrir”.
review-not_latest = La versión { $version } ya no es la más reciente: desde entonces se ha presentado la versión { $latest }. Léala antes de decidir.
review-no_such_version = No existe la versión { $version } de esta respuesta: la más reciente es la versión { $latest }.
review-not_yours = Puede leer esta respuesta, pero las consultas y decisiones sobre { $country } corresponden a sus revisores asignados y a los administradores. Un administrador asigna los revisores en el panel.
review-bad_version = “{ $name }” debe ser un número de versión, no “{ $value }”.
review-mail_submitted_subject = Cuestionario de los Estados Miembros: { $country } presentó la versión { $version }
review-mail_submitted_body = { $country } ha presentado la versión { $version } de su respuesta. Está lista para su revisión:
review-mail_returned_subject = Cuestionario de los Estados Miembros { $edition }: su respuesta se ha devuelto para revisión
review-mail_returned_body =
    El DAES ha devuelto para revisión la versión { $version } de la respuesta de { $country }:
    {""}
    { $text }
    {""}
    Las consultas abiertas se muestran junto a las respuestas a las que se refieren. Modifique lo necesario y vuelva a presentar la respuesta:
review-mail_accepted_subject = Cuestionario de los Estados Miembros { $edition }: su respuesta ha sido aceptada
review-mail_accepted_body =
    El DAES ha aceptado la versión { $version } de la respuesta de { $country }.
    {""}
    { $text }
    {""}
    La respuesta:
review-mail_reopened_subject = Cuestionario de los Estados Miembros { $edition }: se ha reabierto la respuesta aceptada de { $country }
review-mail_reopened_body =
    Un administrador ha reabierto para revisión la versión { $version } de la respuesta de { $country }:
    {""}
    { $text }
    {""}
    La presentación:
review-reply_on_page = Responder a esta consulta
review-open_queries_title = Consultas del DAES pendientes de respuesta ({ $n })

## api

api-token_missing = Esta API requiere un token de API personal: envíelo como “Authorization: Bearer <token>”. El personal del DAES crea los tokens en /account/api-tokens.
api-token_unknown = Este token de API no es conocido. Compruebe que se copió completo, o cree uno nuevo en /account/api-tokens.
api-token_revoked = Este token de API ha sido revocado. Cree uno nuevo en /account/api-tokens.
api-token_not_allowed = La cuenta de este token de API está desactivada o ya no tiene acceso a los datos de revisión.
api-nothing_submitted = { $country } todavía no ha presentado ninguna versión.
api-title = Tokens de API
api-lead = Un token de API personal permite que una herramienta de análisis lea los datos de revisión (Estados Miembros, respuestas presentadas, exportaciones) mediante la API de solo lectura, en su nombre. Manténgalo en secreto y revóquelo cuando ya no lo necesite.
api-openapi = La descripción de la API (OpenAPI)
api-created_title = Token “{ $name }” creado
api-created_body = Cópielo ahora: solo se muestra esta vez. Envíelo como “Authorization: Bearer <token>”.
api-revoked_at = Revocado el { $at }
api-revoke = Revocar
api-never = Nunca
api-renew = Renovar por 90 días
api-renewed_done = El token funcionará durante 90 días más a partir de hoy.
api-expires = Funciona hasta (UTC)
api-expired_on = Caducó el { $at }: renuévelo para volver a usarlo
api-days = Funciona durante
api-days_n =
    { $n ->
        [one] { $n } día
       *[other] { $n } días
    }
api-bad_days = Elija durante cuánto tiempo funciona el token: 30, 90, 180 o 365 días.
api-copy = Copiar el token
api-copied = Copiado.
api-selected = El token está seleccionado: pulse Ctrl+C (⌘C en un Mac) para copiarlo.
api-token_expired = Este token de API ha caducado. Su propietario puede renovarlo en /account/api-tokens.
api-tokens_caption = Sus tokens de API
api-name = Nombre
api-name_hint = Para qué sirve el token, p. ej., “Análisis en R 2020”.
api-name_required = Introduzca un nombre para el token.
api-created = Creado (UTC)
api-last_used = Último uso (UTC)
api-state = Estado
api-create_title = Crear un token
api-create = Crear el token
api-revoked_done = El token ha sido revocado: ya no funciona.
api-no_such_token = No tiene ese token.

## first_admin

first_admin-title = Crear el primer administrador
first_admin-lead = Esta instalación todavía no tiene ninguna cuenta. Indique la dirección de correo electrónico y el nombre de su primer administrador; a continuación, elegirá la contraseña. Los administradores invitan a todas las demás personas.
first_admin-name_hint = Se muestra a los colegas junto a lo que modifique esta persona.
first_admin-button = Continuar a la contraseña
first_admin-spent = Este enlace no es válido: el primer administrador ya existe. Inicie sesión o pida una invitación a un administrador.

## staff_nav

staff_nav-label = DAES
staff_nav-dashboard = Panel
staff_nav-member_states = Estados Miembros
staff_nav-invite = Invitar a una persona
staff_nav-invitations = Invitaciones enviadas
staff_nav-accounts = Cuentas
staff_nav-editions = Ediciones
staff_nav-outbox = Bandeja de salida
staff_nav-audit = Registro de auditoría
staff_nav-api_tokens = Tokens de API
staff_nav-security = Seguridad del inicio de sesión

## invitations

invitations-title = Invitaciones enviadas
invitations-lead = Las personas a las que ha invitado (los administradores ven todas las invitaciones), de las más recientes a las más antiguas. Un enlace de invitación funciona una sola vez, durante 14 días; al reenviar la invitación se genera un nuevo enlace y el anterior deja de funcionar.
invitations-caption = Invitaciones, de las más recientes a las más antiguas
invitations-none = Todavía no ha invitado a nadie.
invitations-sent = Enviada (UTC), por
invitations-standing = Situación
invitations-waiting = Pendiente (el enlace funciona hasta el { $until })
invitations-expired = Caducada: el enlace ya no funciona
invitations-accepted = Aceptada
invitations-resend = Reenviar
invitations-to = a { $email }
invitations-resent = Se ha reenviado la invitación a { $email }, con un nuevo enlace.
invitations-not_yours = Solo la persona que envió esta invitación, o un administrador, puede reenviarla.
invitations-already_accepted = { $email } ya ha aceptado la invitación y ha elegido una contraseña: no hay nada que enviar. Puede utilizar “¿Olvidó su contraseña?” en la página de inicio de sesión.
