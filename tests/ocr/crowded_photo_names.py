"""Given names for ``crowded_photo_set``'s people: the ones Faker does not hold.

Every other generated set draws its people from Faker, and the parser's first-name data was built with Faker
too, so every first name in those sets is known to the reader; real Brazilian and US small-business owners'
names often are not (issue 10: names read 0.62 on the real photos, 0.74-0.79 on the Faker-drawn proxy). The
names here were written for this set (session 16) from how such names are formed, never checked against the
parser's lists: only against Faker's, so that none of the single names is one Faker draws
(``test_crowded_photo_set`` checks it).

- Brazil: compound given names written as one ("Maria Eduarda", "Ana Júlia": each half common, the pair is
  the name), and creative spellings that double consonants, add a silent ``h``, swap ``i`` for ``y`` or
  ``th`` for ``t``, or join two names into one ("Kethellyn", "Weslley", "Thaynara", "Raylson").
- United States: spellings a Faker list does not carry ("Jaxon", "Kayleigh", "Brayden") and names from the
  families who own much of the small business (Spanish, Vietnamese, Korean given names).

Family names are Faker's: they are not what the real photos lost.
"""

from __future__ import annotations

# Compound given names: each half is common; the card prints both.
BR_COMPOUND_GIVEN = (
    "Maria Eduarda",
    "Ana Júlia",
    "Maria Clara",
    "João Pedro",
    "Ana Clara",
    "Maria Luíza",
    "João Vitor",
    "Pedro Henrique",
    "Ana Beatriz",
    "Luiz Otávio",
    "Maria Cecília",
    "Carlos Eduardo",
    "Ana Paula",
    "José Ricardo",
    "Maria Vitória",
    "Paulo Sérgio",
)

# Single given names spelt as Brazilian parents coin them (none of them is in Faker's pt_BR list).
BR_COINED_GIVEN = (
    "Kethellyn",
    "Thaynara",
    "Weslley",
    "Jhonatan",
    "Raylson",
    "Kauanny",
    "Thallys",
    "Dayane",
    "Gleice",
    "Rayane",
    "Wellington",
    "Jordânia",
    "Edvaldo",
    "Josiane",
    "Cleidiane",
    "Deyvid",
    "Maykon",
    "Adrielly",
    "Hellen",
    "Ueslei",
    "Jhennifer",
    "Wanderson",
    "Kellyane",
    "Suellen",
    "Rosilene",
    "Lucimara",
    "Edilene",
    "Jeferson",
    "Uilian",
    "Thamires",
    "Valdirene",
    "Erivaldo",
    "Aldenora",
    "Marinalva",
    "Dheniffer",
    "Kleber",
    "Cristiele",
    "Tainá",
    "Joelma",
    "Odair",
)

# US given names in spellings or from families Faker's en_US list does not draw.
US_GIVEN = (
    "Jaxon",
    "Kayleigh",
    "Brayden",
    "Nevaeh",
    "Jaylen",
    "Deshawn",
    "Marisol",
    "Yesennia",
    "Makenzee",
    "Kaylynn",
    "Jayden",
    "Aaliyah",
    "Xiomara",
    "Guadalupe",
    "Rogelio",
    "Thanh",
    "Nguyet",
    "Minh",
    "Hyun",
    "Jae",
    "Tuan",
    "Lakisha",
    "Tamika",
    "Dashawn",
    "Bryleigh",
    "Kasey",
    "Ashlynn",
    "Rigoberto",
    "Yadira",
    "Reyna",
    "Dusten",
    "Shelbie",
    "Lupita",
    "Trinh",
    "Keisha",
)
