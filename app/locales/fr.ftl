# Translation status: draft (written by the MSQ team for UN translators to review; see docs/i18n.md).
# L'interface utilisateur en français, traduite de la source anglaise (en.ftl).
# Les identifiants de message sont de la forme `section-clé` ; `{ $nom }` est une valeur fournie par le code.
# Les nombres choisissent leur forme plurielle selon les règles CLDR : `{ $n -> [one] ... *[other] ... }`.

## site

site-name = Enquête des Nations Unies sur l'administration en ligne
site-service = Questionnaire des États Membres
site-skip = Aller au contenu principal
site-languages = Langue
site-footer = Département des affaires économiques et sociales (DAES) de l'Organisation des Nations Unies, Division des institutions publiques et de l'administration numérique.

## choose

choose-title = Choisissez votre État Membre
choose-lead = Les réponses sont enregistrées sous forme de brouillon pour votre État Membre. Vous pouvez revenir et poursuivre à tout moment, depuis n'importe quel ordinateur.
choose-label = État Membre
choose-hint = Liste établie dans l'ordre alphabétique anglais.
choose-placeholder = Sélectionnez un État Membre
choose-edition = Édition
choose-continue = Continuer
choose-required = Sélectionnez votre État Membre
choose-your_name = Votre nom
choose-your_name_hint = Affiché à vos collègues à côté des réponses que vous modifiez.

## home

home-earlier_title = Éditions précédentes
home-earlier_status = Votre réponse : { $status }.
home-earlier_pdf = PDF signé
home-title = { $country } : { $edition }
home-progress =
    { $answered ->
        [one] Vous avez répondu à { $answered } question sur { $total }.
       *[other] Vous avez répondu à { $answered } questions sur { $total }.
    }
home-sections_done =
    { $done ->
        [one] { $done } section terminée sur { $total }.
       *[other] { $done } sections terminées sur { $total }.
    }
home-tasks = Sections
home-status_not_started = Non commencée
home-status_in_progress = En cours
home-status_completed = Terminée
home-status_problems = Comporte des erreurs
home-status_to_confirm = À confirmer
home-check = Vérifier vos réponses
home-intro_title = Introduction et autorisation
home-download_json = Télécharger le brouillon sous forme de fichier de réponse (JSON)
home-download_json_locked = Télécharger les réponses sous forme de fichier de réponse (JSON)
home-change_country = Choisir un autre État Membre

## section

section-too_many_rows =
    { $max ->
        [one] La question { $question } accepte au plus { $max } ligne ; ce formulaire en a envoyé { $posted }. Rien n'a été enregistré sur cette page : revenez en arrière, supprimez les lignes dont vous n'avez pas besoin et enregistrez à nouveau.
       *[other] La question { $question } accepte au plus { $max } lignes ; ce formulaire en a envoyé { $posted }. Rien n'a été enregistré sur cette page : revenez en arrière, supprimez les lignes dont vous n'avez pas besoin et enregistrez à nouveau.
    }
section-too_long =
    { $chars ->
        [one] Une réponse à la question { $question } compte { $chars } caractère ; la limite est de { $max }. Rien n'a été enregistré sur cette page : revenez en arrière, raccourcissez cette réponse et enregistrez à nouveau.
       *[other] Une réponse à la question { $question } compte { $chars } caractères ; la limite est de { $max }. Rien n'a été enregistré sur cette page : revenez en arrière, raccourcissez cette réponse et enregistrez à nouveau.
    }
section-too_many_choices =
    { $posted ->
        [one] La question { $question } a reçu { $posted } case cochée, soit plus qu'elle n'en comporte. Rien n'a été enregistré sur cette page : rechargez la page et enregistrez à nouveau.
       *[other] La question { $question } a reçu { $posted } cases cochées, soit plus qu'elle n'en comporte. Rien n'a été enregistré sur cette page : rechargez la page et enregistrez à nouveau.
    }
section-recent = Modifications apportées sur cette page au cours des deux derniers jours par :
section-recent_item = { $who } ({ $when })
section-save_continue = Enregistrer et continuer
section-save = Enregistrer le brouillon
section-back_home = Retour aux sections
section-saved = Vos réponses ont été enregistrées.
section-saved_with_problems = Vos réponses ont été enregistrées. Certaines doivent être corrigées avant que vous puissiez soumettre la réponse : voir la liste ci-dessus.
section-notes = Notes
section-footnote_ref = Note { $id }
section-unsaved_hint = Vos réponses sont enregistrées lorsque vous sélectionnez « Enregistrer le brouillon » ou « Enregistrer et continuer ».
section-autosaving = Enregistrement…
section-autosaved = Enregistré à { $time }
section-autosave_failed = Pas encore enregistré : la connexion a échoué. Votre saisie est conservée sur cette page et dans ce navigateur, et sera envoyée dès que la connexion sera rétablie.
section-autosave_conflict = { $who } a enregistré une autre réponse à cette question à { $at } : « { $theirs } ». La vôtre est toujours affichée ici : sélectionnez « Enregistrer le brouillon » pour voir les deux et choisir.
section-autosave_conflict_status = Non enregistré : entre-temps, quelqu'un d'autre a modifié une réponse sur cette page. Voir le message affiché à côté de cette réponse.
section-kept_offer = Ce navigateur a conservé des modifications de cette page datant de { $at }, qui ne sont pas parvenues au serveur.
section-kept_restore = Les rétablir et enregistrer
section-kept_discard = Les abandonner
section-not_asked = Ne répondez à cette question que si vous avez répondu « { $value } » à { $question }.
section-unsent = Vous n'avez pas répondu « { $value } » à { $question } : cette réponse ne sera donc pas envoyée. Modifiez cette réponse-là, ou effacez celle-ci.
section-page_of = Page { $n } sur { $total }
section-previous = Précédent

## field

field-yes = Oui
field-no = Non
field-add_url = Ajouter une autre URL
field-add_for = pour { $what }
field-date_day = Jour
field-date_month = Mois
field-date_year = Année
field-date_hint = Par exemple, 31 3 2020 (le mois peut être écrit en toutes lettres).
field-add_row = Ajouter une autre entrée
field-remove = Supprimer
field-remove_row = Supprimer { $what } { $n }
field-url = URL { $n }
field-url_word = URL
field-row = Entrée { $n }
field-none = Aucun : ce portail n'existe pas
field-other_text = Veuillez préciser
field-percent = Pourcentage
field-percent_number = Pourcentage (un nombre)
field-percent_suffix = %
field-percent_hint = Un nombre de 0 à 100 ; les décimales sont autorisées, par exemple 42.5
field-number_hint = Un nombre en chiffres, comme 5000 ou 12.5.
field-number_whole_hint = Un nombre entier en chiffres, comme 5000.
field-number_range = De { $min } à { $max }.
field-number_min = Au moins { $min }.
field-number_max = Au plus { $max }.
field-number_unit = En { $unit }.
field-not_available = Non disponible
field-reason = Pourquoi cette donnée n'est-elle pas disponible ?
field-note = Source et année (facultatif)
field-word_limit =
    { $limit ->
        [one] Utilisez au plus { $limit } mot.
       *[other] Utilisez au plus { $limit } mots.
    }
field-word_count =
    { $count ->
        [one] { $count } mot sur { $limit }
       *[other] { $count } mots sur { $limit }
    }
field-words_over =
    { $over ->
        [one] Vous avez { $over } mot de trop
       *[other] Vous avez { $over } mots de trop
    }
field-not_answered = Sans réponse
field-none_answer = Aucun
field-unticked = Non sélectionné

## errors

errors-unknown_language = « { $code } » n’est pas une langue de ce service. Langues disponibles : { $codes }.
errors-summary_title = Il y a un problème
errors-error_prefix = Erreur :
errors-conflict_title = Quelqu'un d'autre a modifié cette réponse pendant que vous la modifiiez
errors-conflict_body = { $who } l'a enregistrée à { $time }. Votre réponse est conservée ci-dessous et n'a pas été enregistrée. Pour conserver la vôtre, sélectionnez de nouveau Enregistrer ; pour conserver celle de l'autre personne, modifiez la vôtre pour qu'elle lui soit identique.
errors-conflict_theirs = Sa réponse :
errors-conflict_cleared = Cette personne a effacé cette réponse.
errors-not_found_title = Page introuvable
errors-not_found_body = Si vous avez saisi l'adresse web, vérifiez qu'elle est correcte.
errors-unknown_country = « { $code } » n'est pas le code d'un État Membre de l'ONU.
errors-unknown_edition = Il n'existe pas d'édition « { $edition } » du questionnaire.
errors-unknown_page = Ce questionnaire ne comporte pas de section « { $page } ».
errors-bad_request_title = Un élément de la requête est incorrect
errors-server_title = Nous sommes désolés, le service rencontre un problème
errors-server_body = Vos réponses déjà enregistrées sont en sécurité. Réessayez plus tard.
errors-corrupt_body = Des données stockées n'ont pas pu être lues ; cette page n'est donc pas affichée, plutôt que d'être affichée de manière erronée : { $what }. Rien n'a été modifié. Informez-en le DAES (le problème est consigné dans le journal du serveur).
errors-back = Revenir au début
errors-conflict_page_title = Cette action est impossible pour le moment
errors-question_ref = Question { $n }
errors-sign_in_title = Connectez-vous pour continuer
errors-sign_in_body = Cette page est réservée aux utilisateurs connectés. Connectez-vous avec votre adresse électronique et votre mot de passe.
errors-forbidden_title = Vous ne pouvez pas ouvrir cette page
errors-forbidden_body = Votre compte ne donne pas accès à cette page. Si vous pensez qu'il devrait y donner accès, adressez-vous au DAES.
errors-too_many_title = Trop de tentatives
errors-busy_title = Le service est surchargé
errors-busy_body = De nombreuses personnes se connectent en ce moment. Patientez quelques secondes, puis renvoyez le formulaire ; rien de ce que vous avez saisi ailleurs n'est perdu.
errors-cross_site_title = Ce formulaire provient d'un autre site
errors-cross_site_body = Pour votre sécurité, seuls les formulaires provenant des pages de ce site sont acceptés. Revenez à la page, rechargez-la et renvoyez le formulaire.
errors-body_too_large = Cette page est trop volumineuse pour être enregistrée (plus de 2 Mo). Rien n'a été enregistré : revenez en arrière, raccourcissez les réponses les plus longues ou supprimez des lignes, puis enregistrez à nouveau.
errors-body_incomplete = La page n'est pas arrivée en entier (la connexion a peut-être été interrompue). Rien n'a été enregistré : revenez en arrière et enregistrez à nouveau.
errors-query_unreadable = Cette adresse web contient une partie que la page ne peut pas lire. Vérifiez l'adresse, ou revenez en arrière et utilisez les liens et les boutons de la page.
errors-form_unreadable = Le formulaire n'a pas pu être lu. Revenez à la page, rechargez-la et renvoyez le formulaire ; si le problème se reproduit, informez-en le DAES.

## validation

validation-required = Répondez à cette question
validation-required_part = Remplissez le champ « { $part } »
validation-invalid_url = Saisissez une adresse web complète commençant par https:// ou http://, comme https://www.example.gov
validation-invalid_email = Saisissez une adresse électronique au bon format, comme nom@example.gov
validation-invalid_phone = Saisissez un numéro de téléphone au format international, commençant par + et l'indicatif du pays, comme +41 22 917 1234
validation-invalid_date = Saisissez une date valide : le jour, le mois et l'année en quatre chiffres, comme 31 3 2020
validation-not_a_number = Saisissez le pourcentage sous forme de nombre, comme 42.5
validation-percent_range = Saisissez un pourcentage compris entre 0 et 100
validation-invalid_number = Saisissez un nombre en chiffres, comme 5000 ou 12.5 (sans mots tels que « environ »)
validation-not_whole_number = Saisissez un nombre entier, comme 5000
validation-number_below = Saisissez un nombre supérieur ou égal à { $min }
validation-number_above = Saisissez un nombre inférieur ou égal à { $max }
validation-too_many_words =
    { $over ->
        [one] Vous avez { $over } mot de trop
       *[other] Vous avez { $over } mots de trop
    }
validation-reason_required = Indiquez pourquoi le chiffre n'est pas disponible
validation-name_required = Saisissez le nom correspondant à cette adresse web
validation-other_required = Précisez ce que recouvre « Autre »
validation-unknown_value = « { $value } » ne fait pas partie des choix proposés
validation-carried_unconfirmed = Confirmez ou modifiez la réponse reprise de l'édition { $edition }

## carry

carry-tag_unconfirmed = Reprise de l'édition { $edition } : à confirmer ou à modifier
carry-tag_confirmed = Reprise de l'édition { $edition }, confirmée sans modification
carry-tag_changed = Modifiée depuis l'édition { $edition }
carry-reworded = La question a changé depuis l'édition { $edition } : vérifiez que la réponse lui correspond toujours.
carry-confirm = Confirmer cette réponse
carry-confirm_hidden = reprise de l'édition { $edition }, à { $what }
carry-confirm_page = Confirmer toutes les réponses de l'édition { $edition } sur cette page
carry-page_lead =
    { $count ->
        [one] { $count } réponse de cette page a été reprise de l'édition { $edition }. Confirmez-la si elle reste valable, ou modifiez-la ; vous ne pourrez pas soumettre la réponse tant qu'elle n'aura pas été confirmée ou modifiée.
       *[other] { $count } réponses de cette page ont été reprises de l'édition { $edition }. Confirmez chacune d'elles si elle reste valable, ou modifiez-la ; vous ne pourrez pas soumettre la réponse tant que chacune n'aura pas été confirmée ou modifiée.
    }
carry-confirmed = Confirmé : les réponses restent telles qu'elles étaient dans l'édition { $edition }.
carry-offer_title = Partir de vos réponses de l'édition { $edition }
carry-offer_lead =
    { $count ->
        [one] Votre réponse à l'édition { $edition } (version { $version }, soumise le { $at }) répond à { $count } question qui est de nouveau posée. Copiez cette réponse dans ce questionnaire, puis confirmez-la ou modifiez-la avant de soumettre. Les réponses que vous avez déjà saisies ici sont conservées. La date de la réponse et l'autorisation de publication ne sont pas copiées : vous devez les fournir à nouveau.
       *[other] Votre réponse à l'édition { $edition } (version { $version }, soumise le { $at }) répond à { $count } questions qui sont de nouveau posées. Copiez ces réponses dans ce questionnaire, puis confirmez ou modifiez chacune d'elles avant de soumettre. Les réponses que vous avez déjà saisies ici sont conservées. La date de la réponse et l'autorisation de publication ne sont pas copiées : vous devez les fournir à nouveau.
    }
carry-offer_button = Copier mes réponses de l'édition { $edition }
carry-done =
    { $count ->
        [one] { $count } réponse a été copiée de l'édition { $edition }. Elle porte la mention « Reprise de l'édition { $edition } : à confirmer ou à modifier ».
       *[other] { $count } réponses ont été copiées de l'édition { $edition }. Chacune porte la mention « Reprise de l'édition { $edition } : à confirmer ou à modifier ».
    }
carry-done_dropped =
    { $count ->
        [one] { $count } réponse de l'édition { $edition } n'a pas été copiée : la date de la réponse et l'autorisation de publication sont fournies à nouveau à chaque édition, et une réponse à une question qui n'est plus posée (ou qui ne correspond plus à la question) reste dans l'édition { $edition }.
       *[other] { $count } réponses de l'édition { $edition } n'ont pas été copiées : la date de la réponse et l'autorisation de publication sont fournies à nouveau à chaque édition, et une réponse à une question qui n'est plus posée (ou qui ne correspond plus à la question) reste dans l'édition { $edition }.
    }
carry-done_kept =
    { $count ->
        [one] { $count } question avait déjà une réponse de votre part : celle-ci a été conservée telle que vous l'aviez saisie.
       *[other] { $count } questions avaient déjà une réponse de votre part : celles-ci ont été conservées telles que vous les aviez saisies.
    }
carry-to_confirm =
    { $count ->
        [one] { $count } réponse reprise de l'édition { $edition } reste à confirmer ou à modifier.
       *[other] { $count } réponses reprises de l'édition { $edition } restent à confirmer ou à modifier.
    }
carry-nothing = { $country } n'a soumis aucune réponse à l'édition précédente qui puisse servir de point de départ.
carry-already = Les réponses de l'édition { $edition } ont déjà été copiées dans ce questionnaire.
carry-locked = La réponse est { $status } : rien n'a été copié.
carry-column_note = carried : indique si une réponse a été reprise de l'édition précédente, puis confirmée sans modification ou modifiée (vide : réponse donnée dans cette édition).

## check

check-unsent_title = Réponses qui ne seront pas envoyées ({ $count })
check-to_confirm =
    { $count ->
        [one] { $count } réponse reprise de l'édition précédente reste à confirmer ou à modifier.
       *[other] { $count } réponses reprises de l'édition précédente restent à confirmer ou à modifier.
    }
check-title = Vérifiez vos réponses
check-lead = Relisez chaque réponse avant de soumettre. Sélectionnez « Modifier » pour changer une réponse.
check-change = Modifier
check-change_hidden = la réponse à { $what }
check-problems =
    { $count ->
        [one] { $count } réponse doit être corrigée.
       *[other] { $count } réponses doivent être corrigées.
    }
check-missing =
    { $count ->
        [one] Il manque { $count } réponse obligatoire.
       *[other] Il manque { $count } réponses obligatoires.
    }
check-ready = Toutes les réponses obligatoires ont été fournies.
check-cannot_submit = Vous ne pouvez pas encore soumettre
check-submit_title = Soumettre votre réponse
check-submit_lead = La soumission fige ces réponses dans une version numérotée que reçoit le DAES. La réponse est alors verrouillée : personne ne peut la modifier pendant que le DAES l'examine. Si le DAES la renvoie pour révision, vous modifiez les réponses et la soumettez à nouveau, sous la forme d'une nouvelle version.
check-locked_submitted = Ces réponses ont été soumises et sont en cours d'examen par le DAES ; elles ne peuvent donc pas être modifiées ici (il n'y a pas de liens « Modifier »). Si le DAES renvoie la réponse pour révision, vous pourrez de nouveau les modifier.
check-locked_accepted = Le DAES a accepté cette réponse ; ses réponses ne peuvent donc pas être modifiées (il n'y a pas de liens « Modifier »).
check-locked_closed = Le questionnaire de l'édition { $edition } est clos ; ses réponses ne peuvent donc pas être modifiées (il n'y a pas de liens « Modifier »).
check-read_only = Vous pouvez consulter ces réponses ; seuls les répondants de l'État Membre peuvent les modifier.
check-submit = Soumettre la réponse

## import

import-unknown_field = identifiant de question inconnu « { $id } »
import-bad_shape = { $id } : { $message }

## version

version-undescribed_title = Réponses stockées non décrites par cette édition
version-undescribed_body = Ces réponses sont stockées avec cette version, mais les questions de l'édition ne les décrivent plus (question supprimée ou modifiée depuis). Elles sont affichées et exportées exactement telles qu'elles ont été stockées.
version-title = Version { $version }
version-submitted_title = Réponse soumise
version-submitted_body = { $country } : la version { $version } de la réponse a été soumise.
version-edition = Édition
version-member_state = État Membre
version-version = Version
version-submitted_at = Date de soumission
version-submitted_by = Soumise par
version-sha256 = SHA-256 des réponses
version-download_json = Télécharger les réponses de cette version (JSON)
version-versions = Versions soumises
version-draft_after = Les modifications apportées après la version { $version } n'ont pas encore été soumises.
version-latest = Version { $version }, soumise le { $at }
version-unknown = Cette réponse n'a pas de version { $version }.
version-unchanged = Rien n'a changé depuis la version { $version } : elle reste telle qu'elle a été soumise.
version-concurrent = Quelqu'un d'autre a soumis cette réponse au même moment. Consultez la dernière version, puis soumettez à nouveau si nécessaire.

## pdf

pdf-header = { $country } · Questionnaire des États Membres, édition { $edition } · version { $version }
pdf-page_of = Page { $page } sur { $pages }
pdf-unanswered = Sans réponse
pdf-not_asked = Question non posée (découle d'une autre réponse)
pdf-not_submitted = Non soumise (brouillon)
pdf-draft = brouillon, non soumis
pdf-signature_title = Signature électronique
pdf-signed_by = Signé par
pdf-signed_at = Signé le
pdf-download = Télécharger le PDF signé

## verify

verify-checked =
    { $bytes ->
        [one] Fichier vérifié : { $name } ({ $bytes } octet).
       *[other] Fichier vérifié : { $name } ({ $bytes } octets).
    }
verify-unnamed = un fichier sans nom
verify-file_sha256 = SHA-256 du fichier :
verify-title = Vérifier un PDF de soumission
verify-lead = Téléversez le PDF d'une soumission au questionnaire des États Membres pour savoir s'il est authentique et non modifié, et de quelle soumission il s'agit. Le fichier est vérifié, puis supprimé.
verify-label = Fichier PDF
verify-hint = Le PDF signé téléchargé depuis ce système, 20 Mo au maximum.
verify-button = Vérifier le PDF
verify-time_stamp = Horodaté
verify-authentic_title = Authentique et non modifié
verify-authentic_body = Il s'agit du PDF signé de la version { $version } de la réponse de l'État Membre { $country }, exactement tel que ce système l'a émis.
verify-not_archived_title = Signé par ce système, mais ne correspond à aucune soumission émise
verify-not_archived_body = La signature de { $signer } est valide et le fichier n'a pas été modifié depuis sa signature, mais il ne fait pas partie des PDF de soumission émis par ce système (par exemple, un PDF produit en ligne de commande à partir d'un fichier de réponse).
verify-other_signer_title = Non signé par ce système
verify-other_signer_body = Le fichier porte une signature valide de { $signer }, qui n'est pas le certificat de ce système.
verify-invalid_title = Soumission non authentique
verify-no_file = Choisissez un fichier PDF à vérifier.
verify-too_large = Le fichier dépasse 20 Mo : ce n'est pas un PDF de soumission.
verify-unreadable_upload = Le fichier téléversé n'a pas pu être lu. Choisissez à nouveau le fichier PDF et renvoyez-le.

## account

account-forgot = Mot de passe oublié ?
account-reset_title = Choisir un nouveau mot de passe
account-reset_lead =
    { $hours ->
        [one] Saisissez l'adresse électronique de votre compte. Nous vous enverrons un lien (valable { $hours } heure, utilisable une seule fois) qui vous permettra de choisir un nouveau mot de passe.
       *[other] Saisissez l'adresse électronique de votre compte. Nous vous enverrons un lien (valable { $hours } heures, utilisable une seule fois) qui vous permettra de choisir un nouveau mot de passe.
    }
account-reset_button = Envoyer le lien
account-reset_sent = S'il existe un compte pour cette adresse, un lien permettant de choisir un nouveau mot de passe vous a été envoyé. Consultez votre messagerie.
account-reset_subject = Choisissez un nouveau mot de passe pour le questionnaire des États Membres
account-reset_body =
    Quelqu'un (vous, espérons-le) a demandé à choisir un nouveau mot de passe pour votre compte du questionnaire des États Membres de l'Enquête des Nations Unies sur l'administration en ligne.
    {""}
    { $hours ->
        [one] Choisissez-le ici (le lien fonctionne une seule fois, pendant { $hours } heure) :
       *[other] Choisissez-le ici (le lien fonctionne une seule fois, pendant { $hours } heures) :
    }
    { $link }
    {""}
    Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.
account-invitation_subject = Invitation à participer au questionnaire des États Membres
account-invitation_body =
    Bonjour { $name },
    {""}
    { $by } vous invite à participer au questionnaire des États Membres de l'Enquête des Nations Unies sur l'administration en ligne en tant que { $role }{ $country }.
    {""}
    Choisissez votre mot de passe ici (le lien fonctionne une seule fois, pendant 14 jours) :
    { $link }
    {""}
account-sign_in_title = Connexion
account-sign_in_lead = Connectez-vous avec l'adresse électronique à laquelle votre invitation a été envoyée.
account-email = Adresse électronique
account-password = Mot de passe
account-sign_in_button = Se connecter
account-sign_in_failed = L'adresse électronique ou le mot de passe est incorrect.
account-rate_limited_account = Trop de tentatives de connexion infructueuses pour ce compte. Patientez 15 minutes, puis réessayez, ou demandez la réinitialisation de votre mot de passe.
account-rate_limited_address = Trop de tentatives de connexion infructueuses depuis votre réseau. Patientez 15 minutes, puis réessayez.
account-rate_limited_reset = Trop de demandes de réinitialisation de mot de passe depuis votre réseau. Patientez 15 minutes, puis réessayez.
account-bad_email = Saisissez votre adresse électronique telle qu'elle figure dans votre invitation, par exemple nom@ministere.gov.
account-sign_out = Se déconnecter
account-signed_out = Vous êtes maintenant déconnecté.
account-link_title = Choisissez votre mot de passe
account-link_lead =
    { $min ->
        [one] Votre compte : { $email }. Choisissez un mot de passe d'au moins { $min } caractère ; une longue phrase est plus facile à retenir et plus difficile à deviner.
       *[other] Votre compte : { $email }. Choisissez un mot de passe d'au moins { $min } caractères ; une longue phrase est plus facile à retenir et plus difficile à deviner.
    }
account-new_password = Nouveau mot de passe
account-confirm_password = Saisissez à nouveau le même mot de passe
account-save_password = Enregistrer le mot de passe et se connecter
account-link_invalid_title = Ce lien ne peut pas être utilisé
account-link_invalid_body =
    { $hours ->
        [one] Ce lien est inconnu, a déjà été utilisé ou a été remplacé par un lien plus récent, ou a expiré (les invitations sont valables 14 jours, les réinitialisations de mot de passe { $hours } heure). Demandez-en un nouveau au DAES ou à votre administrateur, ou faites une nouvelle demande de réinitialisation du mot de passe.
       *[other] Ce lien est inconnu, a déjà été utilisé ou a été remplacé par un lien plus récent, ou a expiré (les invitations sont valables 14 jours, les réinitialisations de mot de passe { $hours } heures). Demandez-en un nouveau au DAES ou à votre administrateur, ou faites une nouvelle demande de réinitialisation du mot de passe.
    }
account-password_too_short =
    { $min ->
        [one] Utilisez au moins { $min } caractère.
       *[other] Utilisez au moins { $min } caractères.
    }
account-password_too_long =
    { $max ->
        [one] Utilisez au plus { $max } caractère.
       *[other] Utilisez au plus { $max } caractères.
    }
account-password_mismatch = Les deux mots de passe ne sont pas identiques.

## audit

audit-staff_title = Journal d'audit des comptes du DAES
audit-staff_lead = Connexions, invitations et modifications des comptes non rattachés à un État Membre, les plus récentes en premier (cette page en affiche { $shown } sur { $total } ; le fichier CSV les contient toutes). Le journal de chaque État Membre figure sur sa propre page.
audit-account_disabled = Compte désactivé
audit-account_enabled = Compte activé
audit-invitation = Invitation envoyée
audit-invitation_resent = Invitation renvoyée
audit-role_changed = Rôle modifié
audit-two_factor_reset = Second facteur réinitialisé par un administrateur
audit-two_factor_reenrolled = Second facteur configuré à nouveau
audit-recovery_codes_renewed = Nouveaux codes de récupération générés
audit-api_token_renewed = Jeton d'API renouvelé
audit-two_factor_on = Connexion à deux facteurs activée
audit-reset_requested = Réinitialisation du mot de passe demandée
audit-reset_refused = Demandes de réinitialisation du mot de passe refusées (trop nombreuses)
audit-newer = Entrées plus récentes
audit-older = Entrées plus anciennes
audit-pages = Pages du journal d'audit
audit-bad_page = Le numéro de page doit être un nombre entier supérieur ou égal à 1.
audit-title = Journal d'audit
audit-lead = Toutes les modifications de réponses, connexions, soumissions et téléchargements concernant cet État Membre, les plus récents en premier (cette page en affiche { $shown } sur { $total } ; le fichier CSV les contient tous).
audit-download = Télécharger le journal d'audit (CSV)
audit-caption = Journal d'audit, entrées les plus récentes en premier
audit-at = Date et heure (UTC)
audit-who = Qui
audit-what = Événement
audit-question = Question
audit-old = Ancienne valeur
audit-new = Nouvelle valeur
audit-detail = Détail
audit-answer_changed = Réponse modifiée
audit-sign_in = Connexion
audit-sign_in_failed = Échec de la connexion
audit-sign_out = Déconnexion
audit-password_set = Mot de passe défini
audit-account_created = Compte créé
audit-submission = Soumission
audit-download_event = Téléchargement
audit-reviewer_assigned = Examinateur désigné
audit-reviewer_unassigned = Examinateur retiré
audit-query_raised = Demande de précisions formulée
audit-query_reply = Réponse à une demande de précisions
audit-query_resolved = Demande de précisions résolue
audit-returned = Renvoyée pour révision
audit-accepted = Acceptée
audit-reopened = Rouverte après acceptation
audit-export = Données exportées
audit-api_token_created = Jeton d'API créé
audit-api_token_revoked = Jeton d'API révoqué
audit-edition_opened = Édition ouverte
audit-edition_closed = Édition close
audit-edition_drafted = Édition remise à l'état de brouillon

## two_factor

two_factor-required_title = Configurez d'abord la connexion à deux facteurs
two_factor-required_body = Les comptes du DAES se connectent avec un mot de passe et un code fourni par une application d'authentification. Configurez-la maintenant pour continuer.
two_factor-setup_title = Configurer la connexion à deux facteurs
two_factor-setup_lead = Après votre mot de passe, vous saisirez également un code à six chiffres fourni par une application d'authentification installée sur votre téléphone (par exemple FreeOTP, Google Authenticator ou Microsoft Authenticator).
two_factor-step_app = Ouvrez l'application d'authentification et choisissez d'ajouter un compte.
two_factor-step_secret = Scannez ce code QR avec l'application, ou saisissez la clé (les espaces n'ont pas d'importance), ou ouvrez le lien sur le téléphone :
two_factor-qr_label = Code QR de votre clé, pour l'application d'authentification
two_factor-open_app = ouvrir dans l'application d'authentification
two_factor-step_code = Saisissez le code à six chiffres que l'application affiche maintenant.
two_factor-code = Code à six chiffres
two_factor-code_hint = Fourni par votre application d'authentification, ou l'un de vos codes de récupération.
two_factor-turn_on = Activer la connexion à deux facteurs
two_factor-wrong_code = Le code est incorrect. Saisissez le code que l'application affiche en ce moment (les codes changent toutes les 30 secondes).
two_factor-on_title = La connexion à deux facteurs est activée
two_factor-on_body = Vous vous connectez avec votre mot de passe et un code fourni par votre application d'authentification.
two_factor-recovery_title = Vos codes de récupération
two_factor-recovery_lead = Si vous perdez votre téléphone, chacun de ces codes vous permet de vous connecter une seule fois à la place d'un code de l'application. Conservez-les en lieu sûr (imprimez-les ou enregistrez-les dans un gestionnaire de mots de passe) : c'est la seule fois qu'ils sont affichés.
two_factor-continue = Continuer
two_factor-code_title = Saisissez votre code
two_factor-code_lead = Saisissez le code à six chiffres fourni par votre application d'authentification, ou l'un de vos codes de récupération.
two_factor-expired = La connexion a pris trop de temps. Reconnectez-vous avec votre mot de passe.
two_factor-manage_title = Maintenez votre second facteur à jour
two_factor-codes_title = Nouveaux codes de récupération
two_factor-codes_lead = Vous avez utilisé certains de vos codes de récupération, ou vous les avez perdus ? Générez-en dix nouveaux : les codes précédents cesseront de fonctionner.
two_factor-codes_button = Générer de nouveaux codes de récupération
two_factor-codes_done_title = Vos nouveaux codes de récupération
two_factor-renew_title = Un nouveau téléphone ou une nouvelle application d'authentification
two_factor-renew_lead = Configurez à nouveau la connexion à deux facteurs sur un nouvel appareil : votre application actuelle et vos codes de récupération cessent de fonctionner, et vous scannez immédiatement une nouvelle clé.
two_factor-renew_button = Configurer une nouvelle application d'authentification
two_factor-confirm_code = Pour confirmer votre identité, saisissez un code de votre application d'authentification actuelle ou l'un de vos codes de récupération.

## admin

admin-editions_title = Éditions
admin-editions_lead = Une édition à l'état de brouillon n'est visible que par le DAES (ouvrez l'une de ses pages pour la prévisualiser). Une édition ouverte est celle à laquelle les pays répondent, entre son premier et son dernier jour ; une édition close est en lecture seule pour eux, tandis que les examens, les exportations et les PDF restent possibles. Chaque modification est consignée dans le journal d'audit du DAES.
admin-editions_caption = Les éditions du questionnaire et leur statut
admin-edition = Édition
admin-edition_title = Titre
admin-edition_from = Premier jour d'ouverture
admin-edition_until = Dernier jour d'ouverture
admin-edition_open = Ouvrir l'édition { $edition }
admin-edition_close = Clore l'édition { $edition }
admin-edition_opened = L'édition { $edition } est ouverte.
admin-edition_closed = L'édition { $edition } est close.
admin-edition_bad_day = « { $value } » n'est pas une date : utilisez le sélecteur de date, ou saisissez-la au format 2026-01-15.
admin-state_draft = Brouillon
admin-preview = Prévisualiser l'édition { $edition }
admin-preview_country = En tant qu'État Membre (code)
admin-sample_pdf = Le PDF d'une réponse vierge
admin-state_open = Ouverte
admin-state_closed = Close
admin-users_title = Comptes
admin-users_lead = Toutes les personnes pouvant se connecter. Un compte désactivé ne peut pas se connecter, et ses sessions prennent fin immédiatement.
admin-users_caption = Comptes
admin-two_factor = Deux facteurs
admin-status = Statut
admin-action = Action
admin-active = Actif
admin-disabled = Désactivé
admin-disable = Désactiver { $email }
admin-enable = Activer { $email }
admin-not_yourself = Vous ne pouvez pas désactiver votre propre compte.
admin-role_of = Rôle de { $email }
admin-of = de { $email }
admin-change_role = Modifier le rôle
admin-reset_two_factor = Réinitialiser le second facteur
admin-role_changed = { $email } a désormais le rôle suivant : { $role }. Ses pages ouvertes en tiendront compte à son prochain clic.
admin-role_same = { $email } a déjà ce rôle.
admin-role_other_side = Le compte d'un État Membre ne peut pas devenir un compte du DAES, ni inversement : invitez de nouveau la personne avec le rôle dont elle a besoin (ses réponses et son journal restent associés à l'ancien compte).
admin-role_yourself = Vous ne pouvez pas modifier votre propre rôle : adressez-vous à un autre administrateur.
admin-two_factor_reset_done = Le second facteur de { $email } a été réinitialisé : cette personne en configurera un nouveau à sa prochaine connexion (ses sessions ont pris fin).
admin-no_second_factor = { $email } n'a pas de second facteur à réinitialiser.
admin-audit_link = Journal d'audit des comptes du DAES
admin-nav = Comptes
admin-invite_title = Inviter une personne
admin-invite_lead = La personne reçoit un courriel contenant un lien (valable 14 jours, utilisable une seule fois) qui lui permet de choisir son mot de passe.
admin-name = Nom
admin-role = Rôle
admin-not_assigned = Vous ne pouvez inviter des personnes que pour les États Membres qui vous sont attribués ({ $assigned }). Demandez à un administrateur d'inviter des personnes pour d'autres États Membres.
admin-none_assigned = aucun
admin-country = État Membre
admin-country_hint = Pour les répondants et les points focaux.
admin-no_country = Aucun (rôles du DAES)
admin-invite_button = Envoyer l'invitation
admin-invited_title = Invitation envoyée
admin-invited_body = Une invitation a été envoyée à { $email }.
admin-role_respondent = Répondant (équipe d'un État Membre)
admin-role_focal_point = Point focal (consulte la réponse de l'État Membre)
admin-role_reviewer = Examinateur du DAES
admin-role_admin = Administrateur
admin-outbox_title = Boîte d'envoi
admin-outbox_lead = Tous les courriels rédigés par ce système, les plus récents en premier. Les liens à usage unique (invitations, réinitialisations de mot de passe) en sont retirés ici : ils figurent uniquement dans le message remis à la personne (par le serveur de messagerie ou, à défaut, sous forme de fichier dans le dossier de courrier du serveur).
admin-mail_meta = À { $to }, { $at }

## cycle

cycle-not_started = Non commencée
cycle-in_progress = En cours
cycle-submitted = Soumise
cycle-returned = Renvoyée pour révision
cycle-resubmitted = Soumise à nouveau
cycle-accepted = Acceptée
cycle-status_draft = un brouillon
cycle-status_submitted = soumise pour examen
cycle-status_returned = renvoyée pour révision
cycle-status_accepted = acceptée
cycle-locked_submitted = Votre réponse a été soumise et est en cours d'examen par le DAES. Vous pourrez de nouveau la modifier si elle vous est renvoyée pour révision.
cycle-locked_accepted = Le DAES a accepté votre réponse. Elle ne peut plus être modifiée.
cycle-edition_closed = Le questionnaire de l'édition { $edition } est clos : ses réponses ne peuvent plus être modifiées.
cycle-edition_closed_banner = Le questionnaire de l'édition { $edition } est clos. Vous pouvez consulter vos réponses, vos versions et vos PDF, mais vous ne pouvez plus les modifier.
cycle-returned_banner = Le DAES vous a renvoyé votre réponse pour révision. Modifiez ce qui est nécessaire, répondez aux demandes de précisions, puis soumettez-la à nouveau.
cycle-not_saved_locked = Vos modifications n'ont pas été enregistrées : { $reason } Elles sont affichées ci-dessous pour que vous puissiez les copier.

## review

review-diff_between = { $from } par rapport à { $to }
review-edition_version = { $edition }, version { $version }
review-compare_with_edition = Comparer avec la dernière version de l'édition { $edition }
review-not_asked_in = Question non posée dans l'édition { $edition }
review-no_earlier_version = { $country } n'a soumis aucune version de l'édition { $edition }.
review-bad_earlier_edition = « { $edition } » n'est pas une édition antérieure de ce questionnaire.
review-dashboard_title = Examen des réponses des États Membres
review-dashboard_link = Tableau de bord de l'examen
review-api_hint = Les outils d'analyse lisent les mêmes données au moyen de l'API en lecture seule :
review-counts_label = États Membres par statut
review-chart_title = Avancement des États Membres par région de l'ONU
review-regions_title = Avancement par région de l'ONU
review-regions_table = États Membres par région et par statut ({ $n } au total)
review-region = Région
review-total = Total
review-states_title = États Membres
review-state = Statut
review-any = Tous
review-reviewer = Examinateur
review-reviewers = Examinateurs
review-nobody = Aucun examinateur désigné
review-search = Nom ou code du pays
review-sort = Trier par
review-sort_name = Nom
review-sort_state = Statut
review-sort_region = Région
review-sort_progress = Avancement
review-sort_activity = Dernière activité (la plus récente d'abord)
review-sort_queries = Demandes de précisions en cours (les plus nombreuses d'abord)
review-sort_action = Ce qui demande une action en priorité
review-chart_key = Légende
review-states_filter = Statuts (aucun coché : tous)
review-queries_answered = ({ $n } avec réponse)
review-apply = Afficher
review-shown =
    { $shown ->
        [one] { $shown } État Membre affiché sur { $total }
       *[other] { $shown } États Membres affichés sur { $total }
    }
review-member_state = État Membre
review-last_activity = Dernière activité (UTC)
review-open_queries = Demandes de précisions en cours
review-percent = Rempli à { $percent } %
review-version_n = version { $version }
review-pick = Sélectionner { $country }
review-pick_head = Sélection
review-assign_title = Désigner un examinateur pour les États Membres sélectionnés
review-assign = Désigner
review-unassign = Retirer des États Membres sélectionnés
review-exports_title = Exportations
review-export_csv = Toutes les réponses, une par ligne (CSV)
review-export_xlsx = Une ligne par État Membre, avec le dictionnaire des données (XLSX)
review-export_json = Toutes les réponses (JSON)
review-export_dictionary = Dictionnaire des données (CSV) : chaque colonne, sa question et son type
review-back_dashboard = Retour au tableau de bord
review-back_submission = Retour à la soumission
review-review_caption = Examen
review-review_title = { $country } : version { $version }
review-version_meta = Soumise par { $by } le { $at }.
review-open_count = Demandes de précisions en cours : { $n }.
review-assigned = Examinateurs : { $names }
review-pdf = PDF signé de cette version
review-decisions_title = Décisions et messages
review-decision_returned = Renvoyée pour révision
review-decision_accepted = Acceptée
review-decision_reopened = Rouverte
review-decide_title = Décision
review-return_label = Message au pays
review-return_hint = Indiquez ce qui doit être révisé. Les demandes de précisions en cours sont présentées au pays à côté des réponses concernées.
review-return = Renvoyer pour révision
review-accept_label = Message au pays (facultatif)
review-accept = Accepter la version { $version }
review-accept_open_queries =
    { $count ->
        [one] { $count } demande de précisions est toujours en cours. L'acceptation la clôt : le pays ne pourra plus y répondre.
       *[other] { $count } demandes de précisions sont toujours en cours. L'acceptation les clôt : le pays ne pourra plus y répondre.
    }
review-accept_refused_open =
    { $count ->
        [one] Cette réponse comporte { $count } demande de précisions en cours. L'acceptation la clôt : confirmez à la page suivante, ou réglez-la d'abord.
       *[other] Cette réponse comporte { $count } demandes de précisions en cours. L'acceptation les clôt : confirmez à la page suivante, ou réglez-les d'abord.
    }
review-confirm_title = Accepter la version { $version } ?
review-confirm_lead = L'acceptation verrouille la réponse : le pays ne peut plus la modifier et en est informé par courriel. Seul un administrateur peut la rouvrir.
review-confirm_message = Message au pays
review-confirm_no_message = Aucun message : le courriel indique seulement que la réponse a été acceptée.
review-confirm_back = Retour à l'examen : { $country }
review-confirm_cancel = Pas maintenant
review-summary_title = Résumé
review-summary_open = Demandes de précisions en cours ({ $n })
review-summary_no_open = Aucune demande de précisions en cours.
review-summary_query_meta = formulée sur la version { $version } ; dernier message de { $by }
review-summary_changes =
    { $n ->
        [one] { $n } réponse modifiée depuis la version { $from }
       *[other] { $n } réponses modifiées depuis la version { $from }
    }
review-summary_diff = Comparer la version { $from } avec la version { $to }
review-summary_no_decisions = Aucune décision pour le moment.
review-your_message = Votre message, non envoyé (copiez-le si vous en avez encore besoin) :
review-resolved_on_acceptance = Résolue lors de l'acceptation de la réponse.
review-reopen_title = Rouvrir la réponse acceptée
review-reopen_label = Motif (conservé dans le journal d'audit)
review-reopen = Rouvrir pour examen
review-raise = Formuler une demande de précisions
review-raise_hidden = concernant { $what }
review-raise_label = Votre demande de précisions
review-raise_button = Envoyer la demande de précisions
review-query_title = Demande de précisions sur la version { $version }
review-query_open = En cours
review-query_resolved = Résolue par { $by }
review-reply_label = Votre réponse
review-reply = Répondre
review-resolve = Marquer comme résolue
review-no_such_query = Cette demande de précisions n'existe pas pour cette réponse.
review-message_required = Saisissez un message.
review-message_too_long =
    { $max ->
        [one] Le message ne doit pas dépasser { $max } caractère.
       *[other] Le message ne doit pas dépasser { $max } caractères.
    }
review-wrong_state = Cette action est impossible pour le moment : la réponse est { $state }. Rechargez la page pour voir son statut actuel.
review-diff_title = Version { $from } par rapport à la version { $to }
review-diff_from = De
review-diff_to = À
review-compare = Comparer
review-diff_count = Réponses modifiées : { $n }.
review-changed = Modifiée
review-question = Question
review-section_changed =
    { $n ->
        [one] { $section } : { $n } réponse modifiée
       *[other] { $section } : { $n } réponses modifiées
    }
review-section_unchanged = { $section } : aucune modification
review-nothing_submitted = { $country } n'a pas encore soumis de version. Son brouillon peut être consulté depuis le tableau de bord.
review-bad_filter = Le filtre « { $name } » ne peut pas avoir la valeur « { $value } ». Valeurs possibles : { $allowed }.
review-empty_filter = Le filtre « { $name } » est vide : omettez-le pour accepter n'importe quelle valeur.
review-search_too_long =
    { $max ->
        [one] Le texte de recherche ne peut pas dépasser { $max } caractère.
       *[other] Le texte de recherche ne peut pas dépasser { $max } caractères.
    }
review-reviewer_ids = le numéro d'un examinateur figurant dans la liste, ou 0 pour aucun examinateur désigné
review-assigned_done = L'examinateur a été désigné.
review-unassigned_done = L'examinateur a été retiré des États Membres sélectionnés.
review-pick_some = Sélectionnez au moins un État Membre dans le tableau.
review-pick_reviewer = Choisissez un examinateur dans la liste.
review-query_sent = Votre demande de précisions a été envoyée au pays.
review-reply_sent = Votre réponse a été envoyée.
review-resolved_done = La demande de précisions est résolue.
review-returned_done = La réponse a été renvoyée au pays pour révision.
review-accepted_done = La réponse a été acceptée.
review-reopened_done = La réponse est de nouveau ouverte à l'examen.
review-unknown_field = Le questionnaire ne comporte pas de réponse « { $field } ».
review-accepted_no_queries = Cette réponse est acceptée : un administrateur doit la rouvrir avant que de nouvelles demandes de précisions puissent être formulées.
review-mail_query_subject = Questionnaire des États Membres { $edition } : le DAES a une demande de précisions sur votre réponse
review-mail_query_body =
    Le DAES a une demande de précisions concernant la réponse de l'État Membre { $country } :
    {""}
    { $text }
    {""}
    Veuillez répondre sur la page de la demande de précisions :
review-mail_reply_subject = Questionnaire des États Membres { $edition } : une réponse du DAES
review-mail_reply_body =
    { $who } a écrit :
    {""}
    { $text }
    {""}
    Le fil de discussion :
review-mail_country_reply_subject = Questionnaire des États Membres : { $country } a répondu à une demande de précisions
review-country_query_title = Une demande de précisions du DAES
review-change_answer = Modifier cette réponse
review-bad_decision = Choisissez « Renvoyer pour révision », « Accepter » ou « Rouvrir ».
review-not_latest = La version { $version } n'est plus la plus récente : la version { $latest } a été soumise depuis. Consultez-la avant de prendre une décision.
review-no_such_version = Cette réponse n'a pas de version { $version } : la plus récente est la version { $latest }.
review-not_yours = Vous pouvez consulter cette réponse, mais les demandes de précisions et les décisions concernant { $country } relèvent des examinateurs désignés et des administrateurs. Un administrateur désigne les examinateurs dans le tableau de bord.
review-bad_version = « { $name } » doit être un numéro de version, et non « { $value } ».
review-mail_submitted_subject = Questionnaire des États Membres : { $country } a soumis la version { $version }
review-mail_submitted_body = { $country } a soumis la version { $version } de sa réponse. Elle est prête pour l'examen :
review-mail_returned_subject = Questionnaire des États Membres { $edition } : votre réponse a été renvoyée pour révision
review-mail_returned_body =
    Le DAES a renvoyé pour révision la version { $version } de la réponse de l'État Membre { $country } :
    {""}
    { $text }
    {""}
    Les demandes de précisions en cours sont affichées à côté des réponses qu'elles concernent. Modifiez ce qui est nécessaire, puis soumettez à nouveau la réponse :
review-mail_accepted_subject = Questionnaire des États Membres { $edition } : votre réponse a été acceptée
review-mail_accepted_body =
    Le DAES a accepté la version { $version } de la réponse de l'État Membre { $country }.
    {""}
    { $text }
    {""}
    La réponse :
review-mail_reopened_subject = Questionnaire des États Membres { $edition } : la réponse acceptée de l'État Membre { $country } a été rouverte
review-mail_reopened_body =
    Un administrateur a rouvert pour examen la version { $version } de la réponse de l'État Membre { $country } :
    {""}
    { $text }
    {""}
    La soumission :
review-reply_on_page = Répondre à cette demande de précisions
review-open_queries_title = Demandes de précisions du DAES auxquelles répondre ({ $n })

## api

api-token_missing = Cette API nécessite un jeton d'API personnel : envoyez-le sous la forme « Authorization: Bearer <token> ». Le personnel du DAES crée des jetons à l'adresse /account/api-tokens.
api-token_unknown = Ce jeton d'API est inconnu. Vérifiez qu'il a été copié en entier, ou créez-en un nouveau à l'adresse /account/api-tokens.
api-token_revoked = Ce jeton d'API a été révoqué. Créez-en un nouveau à l'adresse /account/api-tokens.
api-token_not_allowed = Le compte associé à ce jeton d'API est désactivé ou n'a plus accès aux données d'examen.
api-nothing_submitted = { $country } n'a pas encore soumis de version.
api-title = Jetons d'API
api-lead = Un jeton d'API personnel permet à un outil d'analyse de lire les données d'examen (États Membres, réponses soumises, exportations) au moyen de l'API en lecture seule, en votre nom. Gardez-le secret ; révoquez-le lorsque vous n'en avez plus besoin.
api-openapi = La description de l'API (OpenAPI)
api-created_title = Jeton « { $name } » créé
api-created_body = Copiez-le maintenant : il n'est affiché que cette fois-ci. Envoyez-le sous la forme « Authorization: Bearer <token> ».
api-revoked_at = Révoqué le { $at }
api-revoke = Révoquer
api-never = Jamais
api-renew = Renouveler pour 90 jours
api-renewed_done = Le jeton fonctionnera pendant 90 jours supplémentaires à compter d'aujourd'hui.
api-expires = Valable jusqu'au (UTC)
api-expired_on = Expiré le { $at } : renouvelez-le pour pouvoir l'utiliser à nouveau
api-days = Durée de validité
api-days_n =
    { $n ->
        [one] { $n } jour
       *[other] { $n } jours
    }
api-bad_days = Choisissez la durée de validité du jeton : 30, 90, 180 ou 365 jours.
api-copy = Copier le jeton
api-copied = Copié.
api-selected = Le jeton est sélectionné : appuyez sur Ctrl+C (⌘C sur un Mac) pour le copier.
api-token_expired = Ce jeton d'API a expiré. Son propriétaire peut le renouveler à l'adresse /account/api-tokens.
api-tokens_caption = Vos jetons d'API
api-name = Nom
api-name_hint = L'usage du jeton, par exemple « Analyse R 2020 ».
api-name_required = Saisissez un nom pour le jeton.
api-created = Créé le (UTC)
api-last_used = Dernière utilisation (UTC)
api-state = Statut
api-create_title = Créer un jeton
api-create = Créer le jeton
api-revoked_done = Le jeton a été révoqué : il ne fonctionne plus.
api-no_such_token = Vous ne possédez aucun jeton de ce type.

## first_admin

first_admin-title = Créer le premier administrateur
first_admin-lead = Cette installation ne comporte encore aucun compte. Indiquez l'adresse électronique et le nom de son premier administrateur ; vous choisirez ensuite le mot de passe. Les administrateurs invitent toutes les autres personnes.
first_admin-name_hint = Affiché aux collègues à côté des modifications apportées par cette personne.
first_admin-button = Continuer vers le mot de passe
first_admin-spent = Ce lien n'est pas valide : le premier administrateur existe déjà. Connectez-vous, ou demandez une invitation à un administrateur.

## staff_nav

staff_nav-label = DAES
staff_nav-dashboard = Tableau de bord
staff_nav-member_states = États Membres
staff_nav-invite = Inviter une personne
staff_nav-invitations = Invitations envoyées
staff_nav-accounts = Comptes
staff_nav-editions = Éditions
staff_nav-outbox = Boîte d'envoi
staff_nav-audit = Journal d'audit
staff_nav-api_tokens = Jetons d'API
staff_nav-security = Sécurité de la connexion

## invitations

invitations-title = Invitations envoyées
invitations-lead = Les personnes que vous avez invitées (les administrateurs voient toutes les invitations), les plus récentes en premier. Un lien d'invitation fonctionne une seule fois, pendant 14 jours ; renvoyer l'invitation crée un nouveau lien, et le précédent cesse de fonctionner.
invitations-caption = Invitations, les plus récentes en premier
invitations-none = Vous n'avez encore invité personne.
invitations-sent = Envoyée le (UTC), par
invitations-standing = Situation
invitations-waiting = En attente (le lien fonctionne jusqu'au { $until })
invitations-expired = Expirée : le lien ne fonctionne plus
invitations-accepted = Acceptée
invitations-resend = Renvoyer
invitations-to = à { $email }
invitations-resent = L'invitation a été renvoyée à { $email }, avec un nouveau lien.
invitations-not_yours = Seule la personne qui a envoyé cette invitation, ou un administrateur, peut la renvoyer.
invitations-already_accepted = { $email } a déjà accepté l'invitation et choisi un mot de passe : il n'y a rien à envoyer. Cette personne peut utiliser « Mot de passe oublié ? » sur la page de connexion.
