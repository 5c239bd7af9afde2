# Next steps: readiness badges and why an activity is suggested (student profiles, Today,
# Groups). The reasons themselves come from the backend.

## lib/nextSteps.ts
nextsteps-readiness-mastered = Dominada
nextsteps-readiness-ready = Lista
nextsteps-readiness-working-on-it = En proceso
nextsteps-readiness-not-yet = Todavía no
nextsteps-fit-way-of-learning = Coincide con cómo le gusta aprender a { $name }
nextsteps-fit-interest = Etiquetada: { $interest }
nextsteps-no-fit = Aún no hay actividades para los próximos pasos de { $name }. Agrega actividades para { $codes } en la página Listas de actividades.
nextsteps-no-fit-any = Aún no hay actividades para los próximos pasos de { $name }. Agrega actividades para sus próximos pasos en la página Listas de actividades.

## ReadinessBadge
nextsteps-level = nivel { $level }
