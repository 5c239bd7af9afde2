# Por qué la aplicación sugiere lo que sugiere: enfoque y miembros de grupos, planes de rotación, próximos pasos, el cálculo del dominio, las líneas del proyector y los nombres de grupo predeterminados.

## Grouping: each student's reason and each group's focus

# One level on one competency, an item of a list. $level: the level (a number as text, e.g. "1.5"); $code: the competency's code.
reason-level-on = { $level } en { $code }
# The levels a student has. $count: how many; $levels: the items (reason-level-on), as a reason-list.
reason-levels = { $count ->
    [one] nivel { $levels }
   *[other] niveles { $levels }
}
# $codes: the competency codes with no evidence, joined with commas.
reason-no-evidence-on = aún sin evidencia en { $codes }
# $levels: the levels clause (reason-levels); $codes: the competency codes with no evidence.
reason-levels-and-no-evidence = { $levels }, aún sin evidencia en { $codes }
# $levels: the levels clause; $mean: the mean of the levels (a number as text).
reason-levels-mean = { $levels } (promedio { $mean })
# A student's reason for a group of similar need. $evidence: what the levels are (a clause above); $band: reteach, practice or extend.
reason-like = { $band ->
    [reteach] { $evidence }: volver a enseñar
    [practice] { $evidence }: practicar
   *[extend] { $evidence }: ampliar
}
# A student's reason for a mixed group. $evidence: what the levels are (a clause above); $band: reteach, practice or extend.
reason-mixed = { $band ->
    [reteach] { $evidence }: volver a enseñar — grupo mixto, recibe apoyo de sus pares
    [practice] { $evidence }: practicar — grupo mixto, practica junto a sus pares
   *[extend] { $evidence }: ampliar — grupo mixto, puede apoyar a sus pares
}
# $reason: the student's reason (a clause above).
reason-with-teacher = { $reason }; con el docente, como se pidió
# A like group's focus. $band: reteach, practice or extend; $codes: the competency codes, joined with commas.
reason-focus-like = { $band ->
    [reteach] Volver a enseñar { $codes }
    [practice] Practicar { $codes }
   *[extend] Ampliar { $codes }
}
# A mixed group's focus. $code: the competency the group is weakest on.
reason-focus-mixed = Mixto: práctica entre pares en { $code }
reason-kept-locked = se mantiene en un grupo bloqueado
reason-placed-by-hand = ubicado a mano
# Two items of a list. $head: the items so far (may be a list itself); $tail: the next item.
reason-list = { $head }, { $tail }

## Next steps: where a student stands on a competency, and why

# Names joined with "and". $items: all but the last, joined with commas; $last: the last one.
reason-and-list = { $items } y { $last }
reason-mastered = dominada
reason-mastered-tested-out = dominada: demostrada en la propia competencia (sin pasar por los requisitos)
# $name: the later competency (its code, else its label) whose mastery counts for this one.
reason-mastered-credited = dominada: acreditada por { $name }
# $names: the prerequisites not mastered yet (a name, or reason-and-list).
reason-not-yet = todavía no: necesita { $names }
# What readiness rests on, a clause of the reasons below.
reason-basis-none = sin requisitos previos
# $names: the prerequisites (a name, or reason-and-list).
reason-basis-mastered = ya domina { $names }
# $basis: what readiness rests on (a reason-basis clause).
reason-ready = lista: { $basis }
# $basis: what readiness rests on (a reason-basis clause); $count: pieces of evidence so far.
reason-working-on-it = { $count ->
    [one] en proceso: { $basis }; 1 evidencia
   *[other] en proceso: { $basis }; { $count } evidencias
}
# As reason-working-on-it, with $level: the calculated level (a number as text, e.g. "2.5").
reason-working-on-it-level = { $count ->
    [one] en proceso: { $basis }; 1 evidencia, nivel { $level }
   *[other] en proceso: { $basis }; { $count } evidencias, nivel { $level }
}
# The short form of reason-working-on-it, where space is tight. $basis: as there.
reason-working-on-it-short = en proceso: { $basis }
reason-nothing-ready = todavía no hay nada nuevo listo
# A readiness group's focus. $code: the competency's code (else its label); $label: its short label.
reason-focus-ready = Listos para { $code }: { $label }
reason-focus-nothing-ready = Nada nuevo listo todavía: repasar y ampliar

## Mastery: why a calculation has no level

reason-no-evidence = Aún no hay evidencia.
# $position: which score (1 is the oldest).
reason-not-a-number = La puntuación { $position } no es un número, así que no se puede calcular un nivel.
# $count: the scores needed at or above the threshold; $level: the threshold, with its label, e.g. "3 (Proficient)"; $has: how many there are.
reason-too-few-at-threshold = { $count ->
    [one] Aún sin resultado: necesita 1 puntuación igual o superior a { $level }; tiene { $has }.
   *[other] Aún sin resultado: necesita { $count } puntuaciones iguales o superiores a { $level }; tiene { $has }.
}
# $has: how many scores there are.
reason-too-few-for-power-law = No hay suficiente evidencia: la ley de potencia necesita al menos 3 puntuaciones; tiene { $has }.
reason-no-result = Sin resultado.

## Rotations: the rule a plan follows, read under the chart

# $first: the group that most needs the teacher (a group name); $anchor: the teacher-led station's name.
reason-rotation-one-each = Cada grupo pasa una vez por cada estación, un grupo por estación en cada ronda; { $first }, que más necesita al docente, empieza en { $anchor }.
# $groups: how many groups; $stations: how many stations; $empty: how many stations are empty each round; $first, $anchor: as above.
reason-rotation-some-empty = { $empty ->
    [one] Cada grupo pasa una vez por cada estación; con { $groups } grupos y { $stations } estaciones, 1 estación queda vacía en cada ronda. { $first } empieza en { $anchor }.
   *[other] Cada grupo pasa una vez por cada estación; con { $groups } grupos y { $stations } estaciones, { $empty } estaciones quedan vacías en cada ronda. { $first } empieza en { $anchor }.
}
# $groups, $stations, $first, $anchor: as above.
reason-rotation-shared = Cada grupo pasa una vez por cada estación; con { $groups } grupos y { $stations } estaciones, algunos grupos comparten una estación en cada ronda, dentro de su capacidad. { $first } empieza en { $anchor }.
# $rule: the rule the plan follows (one of the sentences above).
reason-rotation-edited = { $rule } Algunas celdas se cambiaron a mano.
reason-rotation-by-hand = Las celdas se fijaron a mano.

## The projector's title line

reason-projector-waiting = Esperando una rotación
# $rounds: how many rounds the rotation has.
reason-projector-get-ready = Prepárense: ronda 1 de { $rounds }
reason-projector-done = ¡Terminamos!
# $round: the round the groups move to; $rounds: how many rounds.
reason-projector-move = Pasen a la ronda { $round } de { $rounds }
# $round: the current round; $rounds: how many rounds.
reason-projector-round = Ronda { $round } de { $rounds }
