"""Texts for the find_versions tests (comparison and CLI)."""

# Two stories, each with a Vietnamese original and its English and Thai editions, and
# an English story with no original (written for these tests).
STORIES = {
    "lua_vi": "Sản lượng lúa vụ đông xuân đạt 20,1 triệu tấn, tăng 2,3% so với năm 2024. "
              "Giá gạo xuất khẩu bình quân 540 USD/tấn, 15 tỉnh có năng suất trên 7 tấn/ha.",
    "rice_en": "The winter-spring rice harvest reached 20.1 million tonnes, up 2.3 per cent "
               "on 2024. Export rice averaged US$540 a tonne; 15 provinces yielded over "
               "7 tonnes a hectare.",
    "rice_th": "ผลผลิตข้าวนาปรังอยู่ที่ 20.1 ล้านตัน เพิ่มขึ้น 2.3% จากปี 2567 ราคาข้าวส่งออก"
               "เฉลี่ย 540 ดอลลาร์สหรัฐต่อตัน โดย 15 จังหวัดให้ผลผลิตเกิน 7 ตันต่อเฮกตาร์",
    "cang_vi": "Cảng Cái Mép đón 1.250 chuyến tàu trong 9 tháng, tăng 18%. Công suất đạt "
               "4,6 triệu TEU, dự kiến 6 triệu TEU vào năm 2030.",
    "port_en": "Cai Mep port handled 1,250 ship calls in nine months, up 18 per cent. "
               "Throughput reached 4.6 million TEU and is set to hit 6 million TEU by 2030.",
    "port_th": "ท่าเรือก๊ายแม็ปรองรับเรือ 1,250 เที่ยวในรอบ 9 เดือน เพิ่มขึ้น 18% "
               "ปริมาณสินค้าอยู่ที่ 4.6 ล้านทีอียู และคาดว่าจะถึง 6 ล้านทีอียูในปี 2573",
    "flood_en": "Floods cut 38 roads in three northern provinces on Tuesday, officials said.",
}
