#!/usr/bin/env python3
"""Fills the English plural forms in translations/lumio_en.ts.

English needs a catalogue only for plurals: lupdate -pluralonly writes every
%n message of the sources into lumio_en.ts (target lumio_app_lupdate_plurals),
and this script gives each its singular and plural form, derived from the
source text ("%n bots" -> "%n bot" / "%n bots"; "%n change(s)" -> "%n change"
/ "%n changes"). Messages it cannot derive are listed and left unfinished,
for a person to write (translations_complete fails until they are).

    translations/fill-en-plurals.py [translations/lumio_en.ts]
"""
import re
import sys
import xml.etree.ElementTree as ET

# Plural noun -> singular, for "%n <noun>" and "<noun> ... %n" texts.
NOUNS = {
    'bots': 'bot', 'Bots': 'Bot', 'entries': 'entry', 'platforms': 'platform',
}
# Whole texts whose forms are not a simple derivation.
SPECIAL = {
    '%n bots have another request in flight; left alone':
        ('%n bot has another request in flight; left alone',
         '%n bots have another request in flight; left alone'),
    '%n bots are no longer listed; left alone':
        ('%n bot is no longer listed; left alone', '%n bots are no longer listed; left alone'),
    'These bots are on %n platforms.':
        ('These bots are on %n platform.', 'These bots are on %n platforms.'),
    'None of the %n selected bots can be changed this way (already in that state, no connection, or a request in flight).':
        ('The selected bot cannot be changed this way (already in that state, no connection, or a request in flight).',
         'None of the %n selected bots can be changed this way (already in that state, no connection, or a request in flight).'),
    '%n selected bots will be skipped: already in that state, without a connection, or with a request in flight.':
        ('%n selected bot will be skipped: already in that state, without a connection, or with a request in flight.',
         '%n selected bots will be skipped: already in that state, without a connection, or with a request in flight.'),
    'Someone else changed %n feature(s) of this server while you were editing. Nothing was overwritten:':
        ('Someone else changed %n feature of this server while you were editing. Nothing was overwritten:',
         'Someone else changed %n features of this server while you were editing. Nothing was overwritten:'),
}
# Texts whose count is not of a noun (durations, "%n more"): the same in both forms.
SAME = re.compile(r'%n (s|min|h|d)\b|and %n more|…and %n more|%n without an answer|'
                  r'%n confirmed|%n not applied|%n skipped|%n marked|\(%n not shown\)|'
                  r'Watched: %n changed|more than %n s')


def forms(source):
    if source in SPECIAL:
        return SPECIAL[source]
    if '(s)' in source:
        return source.replace('(s)', ''), source.replace('(s)', 's')
    words = re.findall(r'%n (\w+)', source)
    for word in words:
        if word in NOUNS:
            one = re.sub(r'%n ' + word + r'\b', '%n ' + NOUNS[word], source, count=1)
            return one, source
    if SAME.search(source):
        return source, source
    return None


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else 'translations/lumio_en.ts'
    tree = ET.parse(path)
    missing = []
    for message in tree.iter('message'):
        if message.get('numerus') != 'yes':
            continue
        source = message.findtext('source')
        translation = message.find('translation')
        derived = forms(source)
        if derived is None:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        for text in derived:
            ET.SubElement(translation, 'numerusform').text = text
        translation.attrib.pop('type', None)
    ET.indent(tree, space='    ')
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding='unicode'))
        out.write('\n')
    for source in missing:
        print('no English plural forms derived for:', source, file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
