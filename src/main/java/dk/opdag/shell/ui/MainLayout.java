package dk.opdag.shell.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.opdag.account.CurrentUser;
import dk.opdag.account.SignedInUser;
import dk.opdag.shell.Navigation;

/**
 * The frame around every signed-in page: the Opdag name, the menu for the user's role, who is signed in, the
 * language switch and logout. The menu only shows what the role may open; the views themselves are guarded too.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("opdag-brand");
        addToDrawer(brand);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("opdag-navbar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        Span spacer = new Span();
        bar.add(spacer);
        bar.setFlexGrow(1, spacer);

        currentUser.get().ifPresent(user -> {
            addToDrawer(menuFor(user));
            Span who = new Span(user.displayName() + " · " + getTranslation("role." + user.role().name()));
            who.addClassName("opdag-who");
            Button logout = new Button(getTranslation("shell.logout"), e -> currentUser.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(who, logout);
        });
        bar.add(new LanguageSwitch());
        addToNavbar(toggle, bar);
    }

    private SideNav menuFor(SignedInUser user) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("shell.menu"));
        for (Navigation.Item item : Navigation.itemsFor(user.role())) {
            nav.addItem(new SideNavItem(getTranslation(item.labelKey()), item.path()));
        }
        return nav;
    }
}
