# El perfil de aprendizaje de un estudiante en la página Estudiantes: sus listas, cómo trabaja y
# aprende mejor, idiomas, adaptaciones, contactos de la familia y notas; y las insignias del perfil.

## ProfileEditor

profile-discard-what = el perfil de { $name }
profile-title = Perfil de aprendizaje
profile-saved = Guardado
profile-loading = Cargando el perfil…
profile-try-again = Reintentar
profile-strengths = Fortalezas
profile-strength = Fortaleza
profile-strengths-placeholder = p. ej., Explica las ideas con claridad
profile-needs = Necesidades
profile-need = Necesidad
profile-needs-placeholder = p. ej., Práctica de fracciones
profile-interests = Intereses
profile-interest = Interés
profile-interests-placeholder = p. ej., Robótica
profile-career-goals = Metas profesionales
profile-career-goal = Meta profesional
profile-career-goals-placeholder = p. ej., Veterinaria
profile-other-languages = Otros idiomas
profile-language = Idioma
profile-other-languages-placeholder = p. ej., Francés
profile-work-with = Prefiere trabajar
profile-work-alone = Solo
profile-work-peers = Con compañeros
profile-work-either = Cualquiera
profile-work-unset = Sin indicar
profile-learn-by = Aprende mejor
profile-learn-reading = Leyendo
profile-learn-listening = Escuchando
profile-learn-doing = Haciendo
profile-home-language = Idioma del hogar
profile-language-placeholder = p. ej., Español
profile-notes = Notas
profile-notes-count = { $count } / { $max } caracteres
profile-discard-changes = Descartar cambios
profile-save = Guardar perfil

## ProfileAccommodations

profile-accommodations = Adaptaciones
profile-add-accommodation = Agregar adaptación
profile-no-accommodations = No hay adaptaciones registradas.
profile-accommodation-n = Adaptación { $number }
profile-accommodation-kind = Tipo
profile-review-date = Fecha de revisión
profile-remove-accommodation = Quitar la adaptación { $number }
profile-accommodation-iep = IEP
profile-accommodation-504 = Plan 504
profile-accommodation-el = Estudiante de inglés
profile-accommodation-other = Otra

## Roster badges

profile-badge-iep = IEP
profile-badge-504 = 504
profile-badge-el = EI
profile-badge-other = Adapt.
profile-badge-home-language = Idioma del hogar: { $language }

## ProfileContacts

profile-contacts = Contactos de la familia
profile-add-contact = Agregar contacto
profile-no-contacts = No hay contactos de la familia registrados.
profile-contact-n = Contacto { $number }
profile-contact-n-named = Contacto { $number }: { $name }
profile-contact-name = Nombre
profile-contact-relationship = Parentesco
profile-contact-relationship-placeholder = p. ej., Madre
profile-contact-phone = Teléfono
profile-contact-email = Correo electrónico
profile-contact-language = Idioma preferido
profile-remove-contact = Quitar el contacto { $number }
