#!/bin/sh
# Run from dsl.ui/icons: sh ../icons-src/draw-icons.sh (ImageMagick 6). The icons are drawn here, by this script: no third-party artwork.
# Draws the Transform icons at 32x32 (name@2x.png) and scales them to 16x16 (name.png).
set -e
S="-size 32x32 xc:none"
big() { convert $S "$@"; }
# goal: a target (something to reach)
big -fill '#c62828' -draw 'circle 16,16 16,2' -fill white -draw 'circle 16,16 16,7' -fill '#c62828' -draw 'circle 16,16 16,11' goal@2x.png
# indicator: a bar chart (a number measured over time)
big -fill '#1565c0' -draw 'rectangle 4,18 10,28' -draw 'rectangle 13,11 19,28' -draw 'rectangle 22,4 28,28' indicator@2x.png
# practice: a green circle with a tick (how work is done, repeatedly)
big -fill '#2e7d32' -draw 'circle 16,16 16,2' -stroke white -strokewidth 4 -fill none -draw 'polyline 9,16 14,22 24,10' practice@2x.png
# change: an orange diamond (a lever pulled once)
big -fill '#ef6c00' -draw 'polygon 16,1 31,16 16,31 1,16' -fill white -draw 'polygon 16,9 23,19 9,19' change@2x.png
# team: two people
big -fill '#6a1b9a' -draw 'circle 11,9 11,4' -draw 'roundrectangle 3,15 19,30 5,5' -fill '#9c4dcc' -draw 'circle 22,11 22,6' -draw 'roundrectangle 15,17 30,30 5,5' team@2x.png
# tool: a grey box with a spanner-like bar
big -fill '#546e7a' -draw 'roundrectangle 2,2 29,29 6,6' -fill white -draw 'rectangle 7,13 24,18' -draw 'circle 8,15 8,10' -draw 'circle 24,15 24,11' tool@2x.png
# channel: a teal arrow (a way to reach customers)
big -fill '#00838f' -draw 'polygon 2,11 18,11 18,4 30,16 18,28 18,21 2,21' channel@2x.png
# policy: a brown sheet with lines (a rule written down)
big -fill '#795548' -draw 'polygon 5,1 21,1 27,7 27,31 5,31' -fill '#d7ccc8' -draw 'polygon 21,1 27,7 21,7' -fill white -draw 'rectangle 9,12 23,14' -draw 'rectangle 9,18 23,20' -draw 'rectangle 9,24 19,26' policy@2x.png
# plan: a blue map with a route
big -fill '#0d47a1' -draw 'roundrectangle 1,4 30,28 4,4' -stroke white -strokewidth 3 -fill none -draw 'polyline 6,22 12,12 19,18 26,8' -stroke none -fill '#ffca28' -draw 'circle 26,8 26,5' plan@2x.png
# organization: a building
big -fill '#37474f' -draw 'rectangle 6,2 26,31' -fill white -draw 'rectangle 10,6 14,10' -draw 'rectangle 18,6 22,10' -draw 'rectangle 10,14 14,18' -draw 'rectangle 18,14 22,18' -draw 'rectangle 13,23 19,31' organization@2x.png
# measurements: a table
big -fill '#00695c' -draw 'rectangle 2,4 29,28' -fill white -draw 'rectangle 4,11 15,16' -draw 'rectangle 17,11 27,16' -draw 'rectangle 4,18 15,26' -draw 'rectangle 17,18 27,26' measurements@2x.png
# diagram view: three linked boxes
big -stroke '#455a64' -strokewidth 2 -draw 'line 10,9 22,9' -draw 'line 16,9 16,22' -stroke none -fill '#c62828' -draw 'rectangle 1,4 11,14' -fill '#1565c0' -draw 'rectangle 21,4 31,14' -fill '#2e7d32' -draw 'rectangle 10,20 22,30' diagram@2x.png
for f in *@2x.png; do convert "$f" -filter Lanczos -resize 16x16 "${f%@2x.png}.png"; done
# the wizard's banner: the plan icon, large
convert -size 64x64 xc:none -fill '#0d47a1' -draw 'roundrectangle 2,8 61,56 8,8' -stroke white -strokewidth 5 -fill none -draw 'polyline 12,44 24,24 38,36 52,16' -stroke none -fill '#ffca28' -draw 'circle 52,16 52,10' -fill '#c62828' -draw 'circle 12,44 12,39' wizard-banner.png
