"""Whether a person's given name is a man's or a woman's, for the pronouns "he" and "she" (codebook Q9 a):
common given names of Iraq, Iran, the Gulf, the Levant, Turkey and the Kurdish region, and of the Western
officials and reporters such articles quote. A name in neither list, or worn by both sexes (Nour, Alaa, Sabah), says
nothing."""
from __future__ import annotations

import re
import unicodedata

MEN = frozenset("""
Abbas Abdel Abdul Abdullah Abdulla Abdulrahman Adel Adil Ahmad Ahmed Akram Ali Amer Amin Amir Ammar Anas Arkan Ashraf
Ayad Ayman Azhar Aziz Bahaa Baqir Bakr Barham Basim Bassam Basem Dawood Dawud Diyar Emad Esmail Ebrahim Fadel
Fadhil Faisal Falah Falih Faleh Fareed Farid Faris Fawzi Firas Fouad Fuad Ghassan Ghazi Habib Hadi Haidar Haider Hakim
Hamed Hamid Hamza Harith Hasan Hashem Hashim Hassan Hatem Hazem Hisham Hossein Hoshyar Hussain Hussam Hussein
Ibrahim Ihsan Imad Iraj Ismail Jaafar Jafar Jalal Jamal Jassim Jawad Kadhim Kamal Karim Kareem Kazem Kazim Khaled Khalid
Khalil Laith Layth Mahdi Mahmoud Mahmood Majid Mansour Masoud Masrour Mazen Moataz Mohamed Mohammad Mohammed Mohsen
Muhammad Muhannad Munther Muqtada Murtada Murtadha Mustafa Mostafa Muthanna Nabil Naji Nasser Nawaf Nechirvan Nizar
Nouri Nuri Omar Osama Qais Qassem Qasim Qubad Raad Raed Rafi Rahim Ramadan Rasool Rasul Riyad Riyadh Saad Sabri Saddam
Sadiq Saeed Said Salah Saleh Salih Salim Salman Sami Sattar Shakir Sinan Suleiman Taha Talal Tariq Tarek Thamer Wael Walid
Waleed Wissam Yahya Yasser Yassin Yousef Youssef Yusuf Zaid Zayd Ziad Ziyad Zuhair
Alan Andrew Anthony Antony Ben Bill Brett Charles Chris Christopher Daniel David Donald Edward Emmanuel Frank George Henry
Jack James Jason Jeff John Jonathan Joseph Josh Kenneth Lloyd Mark Martin Matthew Michael Mike Ned Nicholas Patrick
Paul Peter Richard Robert Simon Stephen Steven Thomas Tom Vladimir William Antonio Boris Dominic Francois Jens Joe Josep
Olaf Recep Rishi Stephane
""".split())
"""Given names of men."""
WOMEN = frozenset("""
Aisha Alia Aliya Amal Amira Asma Aya Ayat Basma Dalia Duaa Eman Fatima Fatma Ghada Hala Hanaa Hanan Hana Hayat
Hiba Huda Iman Inas Intisar Jinan Khadija Lamia Layla Leila Lina Lubna Maha Maryam Mariam Masouma Muna Mona Nada Nadia
Najla Nawal Nisreen Rana Randa Rania Rasha Reem Rim Ruqaya Safa Salma Samar Samira Sana Sara Sarah Shatha Shaima
Suad Suha Suhad Suzan Warda Widad Zahra Zainab Zaynab Zeinab
Alice Anna Anne Catherine Christine Claire Elizabeth Emily Emma Hannah Helen Jane Jeanine Jennifer Jessica Julia Kate
Katherine Laura Linda Lisa Margaret Maria Mary Maya Michelle Nancy Rachel Rebecca Ruth Samantha Susan Victoria Angela
Kamala Ursula
""".split())
"""Given names of women."""
_TITLES = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Gen|Col|Maj|Capt|Lt|Brig|Sheikh|Shaikh|Sayyid|Sayyed|Sayed|Seyed|Syed|Hajj|Haji"
                     r"|Mullah|Imam|Ayatollah|Grand|General|Colonel|Major|Captain|Brigadier|Lieutenant)\.?\s+)*")


def _unaccented(word: str) -> str:
    """The word without its accents ("Stéphane" -> "Stephane", "António" -> "Antonio")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def sex_of_name(name: str) -> str | None:
    """"m" or "f" when the person's name opens with a given name (after any title) of one sex only, or with
    "Abu"/"Umm" (father of, mother of); None otherwise."""
    rest = name[_TITLES.match(name).end():]
    first = _unaccented(rest.split(maxsplit=1)[0].strip(",.")) if rest.strip() else ""
    if first == "Abu" or first in MEN and first not in WOMEN:
        return "m"
    if first == "Umm" or first in WOMEN and first not in MEN:
        return "f"
    return None
